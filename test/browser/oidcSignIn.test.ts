import { expect } from 'chai';
import { useBrowserPages } from '../support/browser';
import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { createTestOidcProvider, TEST_PROVIDER_NAME, type TestOidcProvider } from '../support/oidcProvider';

describe('In a real browser, a member signs in with the body\'s OpenID Connect provider', function () {
  this.timeout(120_000);
  useDatabase();
  let provider: TestOidcProvider;
  before(async () => (provider = await createTestOidcProvider()));
  const web = useBrowserPages(() => ({ oidc: provider.settings }));
  before(() => provider.serve(web.app.baseUrl));
  after(() => provider?.close());

  it('when the member presses the provider\'s button and signs in on its page, then they land on their declarations and the sign-in page passes axe', async () => {
    const { app, page, visited, checkAccessibility } = web;
    await aPerson({ name: 'Dr Ifeoma Eze', email: 'ifeoma.eze@test.invalid' });

    await page.goto(`${app.baseUrl}/declarations`);
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await checkAccessibility();
    await page.getByRole('button', { name: `Sign in with ${TEST_PROVIDER_NAME}` }).click();

    // The provider's own login page.
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill('ifeoma.eze@test.invalid');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();

    await page.waitForURL((url) => url.origin === app.baseUrl && url.pathname === '/declarations');
    await page.getByRole('heading', { name: 'My declarations' }).waitFor();
    expect(await page.textContent('header')).to.contain('Dr Ifeoma Eze');
    await checkAccessibility();
    expect(visited.flatMap((v) => v.violations.map((violation) => `${v.url}: ${violation.id} ${violation.help}`))).to.deep.equal([]);
  });
});
