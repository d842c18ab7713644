import * as client from 'openid-client';
import { PersonModel } from '../people/person.model';
import { logger } from '../shared/logger';

/** The body's OpenID Connect provider (NHSmail is Microsoft Entra ID), from OIDC_* settings. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the button: "Sign in with NHSmail". */
  providerName: string;
}

/** What a started sign-in keeps in the session until the provider sends the person back. */
export interface PendingOidcSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  startedAt: number;
}

/** Long enough to type a password and approve a prompt on a phone; after that, start again. */
const PENDING_MINUTES = 10;
/** Seconds to wait for the provider before telling the person it is not answering. */
const PROVIDER_TIMEOUT_SECONDS = 5;

export type OidcProblem = 'unreachable' | 'not-checked' | 'refused' | 'cancelled' | 'no-verified-email';

/** A sign-in with the provider that did not work; the page says why in plain words and offers the emailed link. */
export class OidcSignInError extends Error {
  constructor(
    readonly problem: OidcProblem,
    message: string,
  ) {
    super(message);
    this.name = 'OidcSignInError';
  }
}

/** The provider vouched for an address that belongs to nobody on the register. */
export class NotOnRegisterError extends Error {
  constructor(
    readonly email: string,
    /** Whom to ask to be added. */
    readonly governanceLeads: string[],
  ) {
    super('That email address is not on the register');
    this.name = 'NotOnRegisterError';
  }
}

/** Only a provider on this machine may be reached over plain http (a local or test provider); any other needs https. */
export function isLoopbackUrl(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * Sign-in with OpenID Connect: the authorization code flow with PKCE, state and nonce, through openid-client.
 * The person is matched to the register by the email address the provider says it has verified.
 */
export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(
    private readonly settings: OidcSettings,
    /** Where the provider sends the person back: PUBLIC_URL's /sign-in/oidc/callback. */
    private readonly redirectUri: string,
  ) {}

  get providerName(): string {
    return this.settings.providerName;
  }

  /** The provider's metadata, fetched on first use and kept; a failed fetch is forgotten, so the next sign-in tries again. */
  private configured(): Promise<client.Configuration> {
    const issuer = new URL(this.settings.issuer);
    this.configuration ??= client
      .discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        execute: issuer.protocol === 'http:' && isLoopbackUrl(issuer) ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw this.unreachable(error);
      });
    return this.configuration;
  }

  /** Where to send the person to sign in, and what the session keeps to check their return. */
  async start(): Promise<{ url: string; pending: PendingOidcSignIn }> {
    const configuration = await this.configured();
    const pending = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier(), startedAt: Date.now() };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /**
   * Checks the provider's answer (state, then the code exchanged with the PKCE verifier, then the ID token's
   * issuer, audience, nonce and expiry) and returns the person on the register with the verified email address.
   */
  async finish(callbackUrl: URL, pending: PendingOidcSignIn | undefined) {
    if (!pending || Date.now() - pending.startedAt > PENDING_MINUTES * 60_000) {
      throw new OidcSignInError('not-checked', `This sign-in was not started in this browser in the last ${PENDING_MINUTES} minutes, or has already been used. Start again.`);
    }
    const configuration = await this.configured();
    let email: unknown;
    let verified: unknown;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      email = claims?.email;
      verified = claims?.email_verified;
      // Providers that keep the ID token small give the address, or whether it is verified, from the userinfo endpoint.
      if (verified !== true && claims) ({ email, email_verified: verified } = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub));
    } catch (error) {
      throw this.explain(error);
    }
    if (typeof email !== 'string' || verified !== true) {
      throw new OidcSignInError('no-verified-email', `${this.providerName} did not give a verified email address for your account, so we cannot tell who you are on the register.`);
    }
    const address = email.trim().toLowerCase();
    const person = await PersonModel.findOne({ email: address }).lean();
    if (!person) throw new NotOnRegisterError(address, await governanceLeadNames());
    return person;
  }

  private unreachable(error: unknown): OidcSignInError {
    logger().warn(`The OpenID Connect provider at ${this.settings.issuer} did not answer: ${error instanceof Error ? error.message : String(error)}`);
    return new OidcSignInError('unreachable', `We could not reach ${this.providerName} to sign you in. It may be down: try again later.`);
  }

  /** What went wrong, in the person's terms: the provider said no, the answer failed a check, or nobody answered. */
  private explain(error: unknown): OidcSignInError {
    if (error instanceof client.AuthorizationResponseError) {
      return new OidcSignInError('cancelled', `${this.providerName} did not sign you in (${error.error}).`);
    }
    if (error instanceof client.ResponseBodyError) {
      return new OidcSignInError('refused', `${this.providerName} refused this sign-in: it has expired or has already been used. Start again.`);
    }
    if (isProviderFailure(error)) return this.unreachable(error);
    return new OidcSignInError('not-checked', `The answer from ${this.providerName} did not pass our checks, so you have not been signed in. Start again.`);
  }
}

/** The provider could not be reached, timed out, or answered with something other than an OAuth answer (a 500 page). */
function isProviderFailure(error: unknown): boolean {
  if (error instanceof client.ClientError) return error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || error.code === 'OAUTH_RESPONSE_IS_NOT_JSON';
  if (!(error instanceof Error)) return false;
  return error.name === 'AbortError' || error.name === 'TimeoutError' || (error instanceof TypeError && error.cause !== undefined);
}

/** The people who can add someone to the register, named on the page that tells a person they are not on it. */
async function governanceLeadNames(): Promise<string[]> {
  const leads = await PersonModel.find({ role: 'governance-lead' }, { name: 1 }).sort({ name: 1 }).lean();
  return leads.map((lead) => lead.name);
}
