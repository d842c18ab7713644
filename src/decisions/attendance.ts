/** Who attended a meeting and the seats they held, from the register in memory (readModel/). */
import { membershipsByCommittee } from '../committees/committees.service';
import type { Membership } from '../committees/membership.model';
import { isActiveOn } from '../engine/dates';
import type { ParticipationAction } from '../shared/vocabulary';
import type { AgendaItem, Meeting } from './meeting.model';

/** Someone at a meeting, with the seat they held on its date (none if they held none). */
export interface Attendee {
  personId: string;
  name: string;
  category: string | null;
  role: string | null;
  voting: boolean;
}

export interface ParticipationRow extends Attendee {
  /** What they did; null for a non-voting member with nothing recorded. */
  action: ParticipationAction | null;
  recorded: boolean;
}

function attendee(personId: string, name: string, seat: Membership | undefined): Attendee {
  return { personId, name, category: seat?.category ?? null, role: seat?.role ?? null, voting: seat?.voting ?? false };
}

const byName = (a: Attendee, b: Attendee) => a.name.localeCompare(b.name);

/** The members of a committee on a day, by name: who may be present at its meeting that day. */
export async function membersOn(committeeId: string, date: string): Promise<Attendee[]> {
  const { store, byCommittee } = await membershipsByCommittee();
  const seats = (byCommittee.get(committeeId) ?? []).filter((seat) => isActiveOn(seat, date));
  return seats.map((seat) => attendee(seat.personId, store.text('person', seat.personId) ?? '', seat)).sort(byName);
}

/** Those present at each meeting, with their seats on its date, by name. */
export async function attendanceAt(meetings: readonly Pick<Meeting, 'committeeId' | 'date' | 'present'>[]): Promise<Attendee[][]> {
  const { store, byCommittee } = await membershipsByCommittee();
  return meetings.map((meeting) => {
    const seats = byCommittee.get(meeting.committeeId) ?? [];
    const seatOf = (personId: string) => seats.find((s) => s.personId === personId && isActiveOn(s, meeting.date));
    return meeting.present.map((personId) => attendee(personId, store.text('person', personId) ?? '', seatOf(personId))).sort(byName);
  });
}

/** Those present at one meeting, with their seats that day. */
export async function attendeesOf(meeting: Pick<Meeting, 'committeeId' | 'date' | 'present'>): Promise<Attendee[]> {
  const [attendees] = await attendanceAt([meeting]);
  return attendees;
}

/** What each member present did on a decision item: as recorded, and a voting member with nothing recorded voted. */
export function participationOf(item: Pick<AgendaItem, 'participation'> | undefined, attendees: readonly Attendee[]): ParticipationRow[] {
  const recorded = new Map((item?.participation ?? []).map((p) => [p.personId, p.action]));
  return attendees.map((a) => {
    const action = recorded.get(a.personId);
    return { ...a, action: action ?? (a.voting ? 'voted' : null), recorded: action !== undefined };
  });
}
