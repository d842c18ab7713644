/** Everything the app adds to express's request and session, in one place. */
import type { CurrentUser } from './accounts/access';
import type { RouteRule } from './accounts/accessPolicy';
import type { InterestDraft } from './declarations/declarations.routes';

declare module 'express-serve-static-core' {
  interface Request {
    /** Who is calling: the signed-in person or an API token (accounts/access.ts). */
    user?: CurrentUser;
    /** The access policy's entry for the route this request is for, set before any body is read. */
    accessRule?: RouteRule;
  }
}

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
    personId?: string;
    /** Where to go after signing in with a link asked for from a page that needed sign-in. */
    signInNext?: string;
    /** The message the next page shows once (web/flash.ts). */
    flash?: string;
    /** An interest being declared, between its details and "check your answers". */
    interestDraft?: InterestDraft;
    /** The file waiting between its preview and the governance lead's commit. */
    peopleImport?: { csv: string; digest: string };
  }
}
