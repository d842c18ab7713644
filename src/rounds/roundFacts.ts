/**
 * What the register says about declaration rounds, read from the in-memory register: who is in a round's
 * scope, who has made their return, and what each person's status is. Pure reading, no database.
 *
 * A person has made their return for a round when, on or after the day it opened, they confirmed their
 * declarations or made a nil declaration, through the round's task list or the ordinary forms alike.
 */
import { addDays, isActiveOn } from '../engine/dates';
import type { RecordStore, StoredState } from '../readModel/recordStore';
import type { Round } from './round.model';
import type { DeclarationReturn } from './return.model';

export type StoredRound = Round & StoredState;
export type StoredReturn = DeclarationReturn & StoredState;

export const RETURN_STATUSES = ['confirmed', 'nil', 'in-progress', 'not-started', 'overdue'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const RETURN_STATUS_LABELS: Record<ReturnStatus, string> = {
  confirmed: 'Returned',
  nil: 'Nil return',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  overdue: 'Overdue',
};

/** NHS.UK tag colours: done is green, overdue red, not started grey. */
export const RETURN_STATUS_TAGS: Record<ReturnStatus, string> = {
  confirmed: 'nhsuk-tag--green',
  nil: 'nhsuk-tag--blue',
  'in-progress': 'nhsuk-tag--yellow',
  'not-started': 'nhsuk-tag--grey',
  overdue: 'nhsuk-tag--red',
};

export const isReturned = (status: ReturnStatus) => status === 'confirmed' || status === 'nil';

interface PersonState extends StoredState {
  name: string;
  email: string;
  role: string;
  jobTitle: string | null;
  decisionMaking: boolean;
  decisionMakingReason: string | null;
  lineManagerEmail: string | null;
}

interface MembershipState extends StoredState {
  personId: string;
  committeeId: string;
  from: string;
  to: string | null;
}

/** The register's facts about people, memberships and returns, indexed once per change of the register. */
export class RoundFacts {
  readonly people = new Map<string, PersonState>();
  private seatsOf = new Map<string, MembershipState[]>();
  /** Days on which each person confirmed, or made a nil declaration. */
  private confirmedOn = new Map<string, string[]>();
  private nilOn = new Map<string, string[]>();
  private returns = new Map<string, StoredReturn>();
  private latestWordOf = new Map<string, string>();
  readonly rounds: StoredRound[];
  readonly committeeNames = new Map<string, string>();

  constructor(store: RecordStore) {
    for (const p of store.all('person')) this.people.set(p._id, p as PersonState);
    for (const m of store.all('membership') as MembershipState[]) this.push(this.seatsOf, m.personId, m);
    for (const c of store.all('confirmation')) {
      this.push(this.confirmedOn, String(c.personId), String(c.confirmedOn));
      this.noteWord(String(c.personId), String(c.confirmedOn));
    }
    for (const d of store.all('declaration')) {
      if (d.type === 'nil') this.push(this.nilOn, String(d.personId), String(d.declaredOn));
      this.noteWord(String(d.personId), String(d.declaredOn));
    }
    for (const r of store.all('return') as StoredReturn[]) this.returns.set(`${r.roundId}/${r.personId}`, r);
    for (const c of store.all('committee')) this.committeeNames.set(c._id, String(c.name));
    this.rounds = (store.all('round') as StoredRound[]).sort((a, b) => b.opensOn.localeCompare(a.opensOn) || a._id.localeCompare(b._id));
  }

  private noteWord(personId: string, day: string): void {
    if (day > (this.latestWordOf.get(personId) ?? '')) this.latestWordOf.set(personId, day);
  }

  private push<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  /** The person's seats on a day. */
  seatsOn(personId: string, day: string): MembershipState[] {
    return (this.seatsOf.get(personId) ?? []).filter((m) => isActiveOn(m, day));
  }

  /** Decision-making staff on a day (people/decisionMaking.ts): a seat, or marked as decision-making. */
  decisionMakingStaff(day: string): string[] {
    return [...this.people.values()].filter((p) => p.decisionMaking || this.seatsOn(p._id, day).length > 0).map((p) => p._id);
  }

  /** Who a round asks, as it would be settled on `day`. */
  scopeOn(round: Pick<Round, 'scope' | 'committeeIds'>, day: string): string[] {
    if (round.scope === 'decision-making') return this.decisionMakingStaff(day);
    const committees = new Set(round.committeeIds);
    return [...this.people.keys()].filter((id) => this.seatsOn(id, day).some((m) => committees.has(m.committeeId)));
  }

  /** Who the round asks: settled when it opened, or as it would be settled today while it waits to open. */
  peopleOf(round: StoredRound, today: string): string[] {
    return round.status === 'scheduled' ? this.scopeOn(round, today) : round.people;
  }

  returnOf(round: StoredRound, personId: string): StoredReturn | undefined {
    return this.returns.get(`${round._id}/${personId}`);
  }

  /** Whether the person had made their return for the round by the end of `day`. */
  returnedBy(round: StoredRound, personId: string, day: string): boolean {
    const within = (days: string[] | undefined) => (days ?? []).some((d) => d >= round.opensOn && d <= day);
    return within(this.confirmedOn.get(personId)) || within(this.nilOn.get(personId));
  }

  /** How a person stands in a round today. */
  status(round: StoredRound, personId: string, today: string): ReturnStatus {
    const since = (days: string[] | undefined) => (days ?? []).some((d) => d >= round.opensOn);
    if (since(this.confirmedOn.get(personId))) return 'confirmed';
    if (since(this.nilOn.get(personId))) return 'nil';
    if (today > round.dueOn) return 'overdue';
    const progress = this.returnOf(round, personId);
    return progress && (progress.interestReviews.length > 0 || progress.giftsReviewedOn) ? 'in-progress' : 'not-started';
  }

  /** The latest round a person was asked in that is open today, if any. */
  openRoundFor(personId: string): StoredRound | undefined {
    return this.rounds.find((r) => r.status === 'open' && r.people.includes(personId));
  }

  /** The latest round whose due day has passed (open or closed): the one the published list of non-declarers comes from. */
  latestDueRound(today: string): StoredRound | undefined {
    return this.rounds.find((r) => r.status !== 'scheduled' && r.dueOn < today);
  }

  /** The day of a person's latest word: their latest declaration (nil included) or confirmation. */
  latestWord(personId: string): string | undefined {
    return this.latestWordOf.get(personId);
  }
}

/** The days a round reminds someone, in order: before the due day (not before it opens), then while overdue. */
export function reminderDays(round: Pick<Round, 'opensOn' | 'dueOn' | 'reminderDaysBefore' | 'overdueEvery' | 'maxReminders'>): string[] {
  const before = [...new Set(round.reminderDaysBefore)]
    .map((days) => addDays(round.dueOn, -days))
    .filter((day) => day > round.opensOn)
    .sort();
  const days = before.slice(0, round.maxReminders);
  for (let n = 1; days.length < round.maxReminders; n++) days.push(addDays(round.dueOn, n * round.overdueEvery));
  return days;
}

let cached: { store: RecordStore; seq: number; facts: RoundFacts } | undefined;

/** The facts for the register as it stands, built once per change. */
export function roundFacts(store: RecordStore): RoundFacts {
  if (cached?.store !== store || cached.seq !== store.seq) cached = { store, seq: store.seq, facts: new RoundFacts(store) };
  return cached.facts;
}
