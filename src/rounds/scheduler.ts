/**
 * The declaration cycle's clock. Each tick (every minute in the app, or `coi reminders run` from cron):
 * opens rounds whose day has come, works out every email due today from the register and the time, hands
 * the postman those it has not seen, and lets the postman deliver what is due.
 *
 * What is due depends only on the register and the day, so planning is skipped when neither changed since
 * the last tick; a tick with nothing to do costs one lookup. Every email has a key that says what it is
 * ("round:<id>:reminder:2:<person>"): the postman claims each key once in the send log, so two instances
 * and restarts plan the same emails and each is sent once. Only the latest reminder due is planned, so an
 * app that was down for days sends one reminder, not a backlog.
 */
import { SYSTEM_ACTOR } from '../audit/auditLog';
import { annualConfirmationMonths, declareWithinDays } from '../compliance/rulePacks';
import { addDays, addMonths, daysBetween, longDate, todayUtc } from '../engine/dates';
import type { Email } from '../mail/email.model';
import type { EmailRequest, Postman } from '../mail/postman';
import { registerState } from '../readModel/registerState';
import { ConcurrencyError } from '../shared/errors';
import { settingOnce } from '../shared/settings';
import { isReturned, reminderDays, roundFacts, type RoundFacts, type StoredRound } from './roundFacts';
import { NO_SEAT, progressOf, startRound } from './rounds.service';

/** How long a link in a round's email works: people read these emails days after they arrive. */
export const EMAILED_LINK_DAYS = 7;
/** How long before the annual confirmation falls due the person is reminded, once. */
const ANNUAL_REMINDER_DAYS = 30;
/** Emails logged in one insert when planning. */
const PLAN_BATCH = 200;

export interface SchedulerDeps {
  postman: Postman;
  clock: () => Date;
}

export interface TickReport {
  opened: number;
  planned: number;
  due: number;
}

export class Scheduler {
  private lastPlanned: { seq: number; day: string } | undefined;
  /** Seats created after this moment get a "declare within 28 days" email; older ones were there before the scheduler. */
  private welcomeSince: Promise<string> | undefined;

  constructor(private readonly deps: SchedulerDeps) {}

  private running: Promise<unknown> = Promise.resolve();
  private tickFacts: RoundFacts | undefined;

  /** One tick at a time in a process: a tick asked for while one runs starts when it ends. */
  tick(): Promise<TickReport> {
    const next = this.running.catch(() => undefined).then(() => this.tickNow());
    this.running = next;
    return next;
  }

  private async tickNow(): Promise<TickReport> {
    const now = this.deps.clock();
    const today = todayUtc(now);
    let store = await registerState();
    const toOpen = roundFacts(store).rounds.filter((r) => r.status === 'scheduled' && r.opensOn <= today);
    const opened = await this.openRounds(toOpen, roundFacts(store));
    // Read again after opening rounds (this instance or another may have opened them).
    if (toOpen.length > 0) store = await registerState();

    let planned = 0;
    if (this.lastPlanned?.seq !== store.seq || this.lastPlanned.day !== today) {
      planned = await this.plan(roundFacts(store), today, now);
      this.lastPlanned = { seq: store.seq, day: today };
    }
    this.tickFacts = roundFacts(store);
    try {
      await this.deps.postman.deliverDue();
    } finally {
      this.tickFacts = undefined;
    }
    return { opened, planned, due: this.deps.postman.dueCount };
  }

  /**
   * Whether an email still should go when its turn comes: nothing more for a closed round, and no reminder
   * to someone who has made their return since it was planned.
   */
  async stillWanted(email: Email): Promise<boolean> {
    if (!email.roundId) return true;
    // During a tick, the register as the tick read it; a return made a moment later stops the next reminder.
    const facts = this.tickFacts ?? roundFacts(await registerState());
    const round = facts.rounds.find((r) => r._id === email.roundId);
    if (!round || round.status !== 'open') return false;
    return !email.personId || !isReturned(facts.status(round, email.personId, todayUtc(this.deps.clock())));
  }

  /** Opens each round whose day has come; returns how many this instance opened (another may have been first). */
  private async openRounds(rounds: StoredRound[], facts: RoundFacts): Promise<number> {
    let opened = 0;
    for (const round of rounds) {
      try {
        await startRound(round, facts, SYSTEM_ACTOR);
        opened += 1;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
    return opened;
  }

  /** Every email due today; returns how many were new to the send log. */
  private async plan(facts: RoundFacts, today: string, now: Date): Promise<number> {
    const requests = [...this.roundEmails(facts, today, now), ...this.annualReminders(facts, today, now), ...(await this.welcomes(facts, today, now))];
    const fresh = requests.filter((request) => !this.deps.postman.knows(request.key));
    let planned = 0;
    for (let i = 0; i < fresh.length; i += PLAN_BATCH) planned += await this.deps.postman.enqueueAll(fresh.slice(i, i + PLAN_BATCH));
    return planned;
  }

  private linkFor(personId: string, next: string, now: Date) {
    return {
      signIn: { personId, next, validForMinutes: EMAILED_LINK_DAYS * 24 * 60 },
      linkValidUntil: longDate(todayUtc(new Date(now.getTime() + EMAILED_LINK_DAYS * 86_400_000))),
    };
  }

  private *roundEmails(facts: RoundFacts, today: string, now: Date): Generator<EmailRequest> {
    for (const round of facts.rounds.filter((r) => r.status === 'open')) {
      const reminders = reminderDays(round);
      const latestReminder = reminders.findLastIndex((day) => day <= today);
      const overdue = today > round.dueOn;
      for (const personId of round.people) {
        const person = facts.people.get(personId);
        if (!person || isReturned(facts.status(round, personId, today))) continue;
        const { signIn, linkValidUntil } = this.linkFor(personId, `/returns/${round._id}`, now);
        const common = { personName: person.name, roundName: round.name, dueOn: longDate(round.dueOn), linkValidUntil };
        const base = { to: person.email, personId, roundId: round._id, signIn };
        yield { ...base, key: `round:${round._id}:opened:${personId}`, template: 'round-opened', variables: common };
        // A reminder on the day the round opens would only repeat the opening email.
        if (latestReminder >= 0 && today !== round.openedOn) {
          const variables = { ...common, overdue, daysOverdue: overdue ? daysBetween(round.dueOn, today) : 0 };
          yield { ...base, key: `round:${round._id}:reminder:${latestReminder}:${personId}`, template: 'round-reminder', variables };
        }
        if (overdue && person.lineManagerEmail) {
          yield {
            key: `round:${round._id}:manager:${personId}`,
            template: 'round-overdue-manager',
            to: person.lineManagerEmail,
            personId,
            roundId: round._id,
            variables: { personName: person.name, jobTitle: person.jobTitle ?? 'no job title recorded', roundName: round.name, dueOn: longDate(round.dueOn) },
          };
        }
      }
      if (overdue) yield* this.digests(round, facts, today);
    }
  }

  /** One list a day of who is overdue, by committee, to each governance lead. */
  private *digests(round: StoredRound, facts: RoundFacts, today: string): Generator<EmailRequest> {
    const progress = progressOf(round, facts, today);
    if (progress.overdue.length === 0) return;
    const committees = progress.byCommittee
      .map(({ name }) => ({ name, people: progress.overdue.filter((p) => p.committees.includes(name)).map((p) => ({ name: p.name, email: p.email })) }))
      .filter((c) => c.people.length > 0)
      .sort((a, b) => (a.name === NO_SEAT ? 1 : b.name === NO_SEAT ? -1 : 0));
    for (const lead of [...facts.people.values()].filter((p) => p.role === 'governance-lead')) {
      yield {
        key: `round:${round._id}:digest:${today}:${lead._id}`,
        template: 'round-overdue-digest',
        to: lead.email,
        roundId: round._id,
        variables: { leadName: lead.name, roundName: round.name, dueOn: longDate(round.dueOn), overdueCount: progress.overdue.length, committees },
      };
    }
  }

  /** Outside rounds: decision-making staff whose annual confirmation falls due within 30 days, reminded once. */
  private *annualReminders(facts: RoundFacts, today: string, now: Date): Generator<EmailRequest> {
    const inOpenRound = new Set(facts.rounds.filter((r) => r.status === 'open').flatMap((r) => r.people));
    const months = annualConfirmationMonths();
    for (const personId of facts.decisionMakingStaff(today)) {
      const person = facts.people.get(personId);
      const latest = facts.latestWord(personId);
      if (!person || !latest || inOpenRound.has(personId)) continue;
      const dueOn = addMonths(latest, months);
      if (today < addDays(dueOn, -ANNUAL_REMINDER_DAYS) || today > dueOn) continue;
      const { signIn, linkValidUntil } = this.linkFor(personId, '/declarations', now);
      yield {
        key: `annual:${personId}:${dueOn}`,
        template: 'annual-confirmation-due',
        to: person.email,
        personId,
        signIn,
        variables: { personName: person.name, dueOn: longDate(dueOn), linkValidUntil },
      };
    }
  }

  /** Someone given a seat is asked to declare within 28 days of joining (seats recorded before the scheduler first ran are left alone). */
  private async welcomes(facts: RoundFacts, today: string, now: Date): Promise<EmailRequest[]> {
    this.welcomeSince ??= settingOnce('welcome-emails-since', () => now.toISOString());
    const since = await this.welcomeSince;
    const within = declareWithinDays();
    const requests: EmailRequest[] = [];
    for (const [personId, person] of facts.people) {
      for (const seat of facts.seatsOn(personId, today)) {
        if (String(seat.createdAt) < since || daysBetween(seat.from, today) > within) continue;
        const recordedOn = String(seat.createdAt).slice(0, 10);
        const joined = seat.from > recordedOn ? seat.from : recordedOn;
        const { signIn, linkValidUntil } = this.linkFor(personId, '/declarations', now);
        requests.push({
          key: `membership:${seat._id}:welcome`,
          template: 'committee-joined',
          to: person.email,
          personId,
          signIn,
          variables: { personName: person.name, committeeName: facts.committeeNames.get(seat.committeeId) ?? 'a committee', dueOn: longDate(addDays(joined, within)), linkValidUntil },
        });
      }
    }
    return requests;
  }
}

/** Ticks every minute until stopped; a tick that fails (the database is away) is tried again next minute. */
export function startScheduler(scheduler: Scheduler, log: (line: string) => void, everyMs = 60_000): { stop: () => void } {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    scheduler
      .tick()
      .catch((error) => log(`The declaration scheduler will try again: ${(error as Error).message}`))
      .finally(() => (running = false));
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
