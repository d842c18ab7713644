import { createHash } from 'node:crypto';
import { claim, releaseClaim } from '../shared/claims';
import { logger } from '../shared/logger';

export const SIGN_IN_LIMIT_WINDOW_MS = 15 * 60 * 1000;

/** Who holds the counting claims, so they can be released once their window is over. */
const OWNER = 'sign-in-limit';

export interface SignInLimitSettings {
  /** Requests for a link allowed from one client address per window. */
  perAddress: number;
  /** Requests for a link allowed for one email address per window, from any client address. */
  perMailbox: number;
}

/**
 * Limits requests for sign-in links per client address and per mailbox, in fixed 15-minute windows, counted
 * in the database so that every app instance shares the count. The nth request of a window claims
 * `sign-in:<scope>:<window>:<n>` (an insert under the unique _id, the one thing the embedded database does
 * atomically); a request that finds every n up to the limit taken is refused. Each instance remembers
 * where it got to, so a busy window costs one insert per request, not a climb from 1.
 */
export class SignInLimits {
  /** Per scope and window: the highest n this instance claimed or found taken. */
  private readonly reached = new Map<string, { window: number; n: number }>();

  constructor(
    private readonly settings: SignInLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts one request; false when the address or the mailbox has had its share this window. The mailbox
   * is counted whether or not anyone has it, so being limited says nothing about who has an account, and
   * by a hash, so the claims hold no email addresses.
   */
  async allow(address: string, email: unknown): Promise<boolean> {
    const window = Math.floor(this.now() / SIGN_IN_LIMIT_WINDOW_MS);
    this.releasePastWindows(window);
    if (!(await this.count(`address:${address}`, window, this.settings.perAddress))) return false;
    const mailbox = typeof email === 'string' ? email.trim().toLowerCase() : '';
    if (mailbox === '') return true;
    return this.count(`mailbox:${createHash('sha256').update(mailbox).digest('hex')}`, window, this.settings.perMailbox);
  }

  /** Seconds until the current window ends, when a limited request may try again. */
  secondsToNextWindow(): number {
    return Math.ceil((SIGN_IN_LIMIT_WINDOW_MS - (this.now() % SIGN_IN_LIMIT_WINDOW_MS)) / 1000);
  }

  private async count(scope: string, window: number, limit: number): Promise<boolean> {
    const key = `sign-in:${scope}:${window}`;
    for (let n = (this.reached.get(key)?.n ?? 0) + 1; n <= limit; n++) {
      const won = await claim(`${key}:${n}`, OWNER);
      this.reached.set(key, { window, n });
      if (won) return true;
    }
    return false;
  }

  /**
   * Past windows' counts are no use to anyone: each instance removes those it reached, by id (the one lookup
   * the embedded database answers from an index), without holding up the request.
   */
  private releasePastWindows(window: number): void {
    const past = [...this.reached].filter(([, reached]) => reached.window < window);
    if (past.length === 0) return;
    for (const [key] of past) this.reached.delete(key);
    const release = async () => {
      for (const [key, { n }] of past) for (let i = 1; i <= n; i++) await releaseClaim(`${key}:${i}`, OWNER);
    };
    release().catch((error: unknown) => logger().warn(`Could not remove past sign-in counts: ${(error as Error).message}`));
  }
}
