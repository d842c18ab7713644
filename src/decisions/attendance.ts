import { MembershipModel, type Membership } from '../committees/membership.model';
import { isActiveOn } from '../engine/dates';
import { PersonModel } from '../people/person.model';
import { namesById } from '../shared/records';
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
  const seats = (await MembershipModel.find({ committeeId }).lean()).filter((seat) => isActiveOn(seat, date));
  const names = await namesById(PersonModel, seats.map((s) => s.personId));
  return seats.map((seat) => attendee(seat.personId, names.get(seat.personId) ?? '', seat)).sort(byName);
}

/**
 * Those present at each meeting, with their seats on its date, by name. `seats` holds the memberships
 * of the meetings' committees; one query for a whole register of meetings.
 */
export async function attendanceAt(meetings: readonly Pick<Meeting, 'committeeId' | 'date' | 'present'>[], seats: readonly Membership[]): Promise<Attendee[][]> {
  const names = await namesById(PersonModel, meetings.flatMap((m) => m.present));
  return meetings.map((meeting) => {
    const seatOf = (personId: string) => seats.find((s) => s.committeeId === meeting.committeeId && s.personId === personId && isActiveOn(s, meeting.date));
    return meeting.present.map((personId) => attendee(personId, names.get(personId) ?? '', seatOf(personId))).sort(byName);
  });
}

/** The seats of these committees, for attendanceAt. */
export function seatsOf(committeeIds: readonly string[]) {
  return MembershipModel.find({ committeeId: { $in: [...new Set(committeeIds)] } }).lean();
}

/** Those present at one meeting, with their seats that day. */
export async function attendeesOf(meeting: Pick<Meeting, 'committeeId' | 'date' | 'present'>): Promise<Attendee[]> {
  const [attendees] = await attendanceAt([meeting], await seatsOf([meeting.committeeId]));
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
