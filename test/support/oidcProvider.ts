import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import type { OidcSettings } from '../../src/accounts/oidc';
import { loopbackServer } from './loopback';
import { WebAgent, type AgentResponse } from './testApp';

export const TEST_PROVIDER_NAME = 'Test NHSmail';

/** A real OpenID provider (oidc-provider) on loopback, with its own login form, for an app to sign people in with. */
export interface TestOidcProvider {
  issuer: string;
  /** The settings the app is given: this provider's issuer and the app's client. */
  settings: OidcSettings;
  /**
   * Starts the provider, sending people back to the app at `appBaseUrl`. Its port is bound when it is
   * created, so the app can be built first; after `close` this listens on the same port again.
   */
  serve(appBaseUrl: string): Promise<void>;
  /** Changes the next ID token the token endpoint gives (re-signed with the provider's own key), as a faulty or hostile provider would. */
  rewriteNextIdToken(change: (claims: JWTPayload) => JWTPayload): void;
  /** Email addresses the provider holds but has not verified. */
  unverified: Set<string>;
  /**
   * Follows the app's redirect to the provider and signs in there as `email` through its login form, as a
   * browser would; returns the app's callback address (path and query) the provider sends the person back to.
   */
  signInAt(providerLocation: string, email: string): Promise<string>;
  close(): Promise<void>;
}

const CLIENT_ID = 'coi-register';
const CLIENT_SECRET = 'test-oidc-client-secret-0123456789abcdef';

export async function createTestOidcProvider(): Promise<TestOidcProvider> {
  const { server, baseUrl: issuer } = await loopbackServer();
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey: JWK = { ...(await exportJWK(privateKey)), kid: randomUUID(), use: 'sig', alg: 'RS256' };
  const unverified = new Set<string>();
  let rewrite: ((claims: JWTPayload) => JWTPayload) | undefined;
  // Until `serve`, it answers as a provider that is down.
  let handle: http.RequestListener = (_request, response) => response.writeHead(503).end();
  server.on('request', (request, response) => void handle(request, response));

  const serve = async (appBaseUrl: string) => {
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${appBaseUrl}/sign-in/oidc/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      jwks: { keys: [signingKey] },
      // Whoever types an address on the login form is that account, as in a directory.
      findAccount: (_ctx, accountId) => ({ accountId, claims: () => ({ sub: accountId, email: accountId, email_verified: !unverified.has(accountId) }) }),
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: [] },
      pkce: { required: () => true },
      cookies: { keys: ['test-oidc-cookie-key-0123456789'] },
      ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
      // A first-party client: no consent screen, as an organisation's own provider is set up.
      loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
        const { session, client } = ctx.oidc;
        if (!session?.accountId || !client) return undefined;
        const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
    });
    provider.use(async (ctx, next) => {
      await next();
      const body = ctx.body as { id_token?: string } | undefined;
      if (ctx.path === '/token' && rewrite && body?.id_token) {
        const change = rewrite;
        rewrite = undefined;
        const claims = change(decodeJwt(body.id_token));
        const idToken = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: signingKey.kid }).sign(privateKey);
        ctx.body = { ...body, id_token: idToken };
      }
    });
    handle = provider.callback();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(Number(new URL(issuer).port), '127.0.0.1', resolve));
  };

  const signInAt = async (providerLocation: string, email: string) => {
    const browser = new WebAgent(issuer);
    const pathOf = (location: string | null) => {
      if (!location) throw new Error('The provider did not redirect');
      const url = new URL(location, issuer);
      return url.origin === issuer ? url.pathname + url.search : location;
    };
    let response: AgentResponse = await browser.get(pathOf(providerLocation));
    for (let hops = 0; hops < 10; hops++) {
      if (response.status === 303 || response.status === 302) {
        const next = pathOf(response.location);
        // Back to the app: the provider is done.
        if (!next.startsWith('/')) return new URL(next).pathname + new URL(next).search;
        response = await browser.get(next);
      } else if (response.status === 200 && response.text.includes('name="login"')) {
        response = await submitForm(browser, response, { prompt: 'login', login: email, password: 'any password' });
      } else {
        throw new Error(`The provider answered ${response.status}: ${response.text.slice(0, 300)}`);
      }
    }
    throw new Error('The provider redirected too many times');
  };

  return {
    issuer,
    settings: { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, providerName: TEST_PROVIDER_NAME },
    serve,
    rewriteNextIdToken: (change) => void (rewrite = change),
    unverified,
    signInAt,
    close: async () => {
      if (!server.listening) return;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Posts the page's one form to its action, as pressing its button would. */
function submitForm(browser: WebAgent, page: AgentResponse, fields: Record<string, string>): Promise<AgentResponse> {
  const action = /<form[^>]*action="([^"]+)"/.exec(page.text)?.[1];
  if (!action) throw new Error('No form on the provider page');
  const url = new URL(action.replace(/&amp;/g, '&'), browser.baseUrl);
  return browser.request('POST', url.pathname + url.search, { form: fields });
}
