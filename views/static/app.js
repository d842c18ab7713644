// Starts NHS.UK frontend's components (the header's menu, banners, error summary). Pages work without it:
// a browser that runs no modules, or no script, keeps every header link in view.
import { initAll } from '/js/nhsuk-frontend.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
