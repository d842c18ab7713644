/** Everything the app adds to express's requests and sessions, in one place. */
import type { CurrentUser } from '../accounts/access';
import type { RouteRule } from '../accounts/accessPolicy';
import type { PendingOidcSignIn } from '../accounts/oidc';
import type { InterestDraft } from '../declarations/declarations.routes';

declare module 'express-serve-static-core' {
  interface Request {
    /** The request id that its log lines, its `X-Request-Id` header and its error page give. */
    id: string;
    /** Who is calling: the signed-in person, or the holder of an API token. */
    user?: CurrentUser;
    /** The access policy's entry for the route this request is for, set before any body is read. */
    accessRule?: RouteRule;
  }
}

declare module 'express-session' {
  interface SessionData {
    /** When the session was last renewed (app.ts): changing it is what makes express-session save it and send its cookie. */
    renewedAt?: number;
    csrfToken?: string;
    personId?: string;
    /** Where to go once signed in. */
    signInNext?: string;
    /** A sign-in with the identity provider that has been started and not yet finished. */
    oidc?: PendingOidcSignIn;
    /** A message for the next page shown. */
    flash?: string;
    /** An interest being declared, between the form's steps. */
    interestDraft?: InterestDraft;
    /** The file waiting between its preview and the governance lead's commit. */
    peopleImport?: { csv: string; digest: string };
  }
}
