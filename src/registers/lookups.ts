/**
 * The names registers show in place of ids, and who sat on which committee, read once per export.
 * These lists grow with the body's people and organisations, not with its registers' rows.
 */
import { isActiveOn } from '../engine/dates';
import { decisionMakingPositions, seatLabel } from '../people/decisionMaking';
import { allOf, type RecordSource, type StoredRecord } from './recordSource';

export interface Lookups {
  personName(id: string | null | undefined): string;
  organisationName(id: string | null | undefined): string;
  committeeName(id: string | null | undefined): string;
  /** Whether the person had joined the committee by the as-at day. */
  hasSatOn(personId: string, committeeId: string): boolean;
  /** The person's seats on the as-at day: "Chair, Example PCCC". */
  seatsOn(personId: string): { committeeId: string; label: string }[];
  /** Their seats, or what makes them decision-making staff without one; null when they are not (people/decisionMaking.ts). */
  decisionMakingPositions(personId: string): string[] | null;
}

const idOf = (record: { _id: { toString(): string } }) => record._id.toString();

function namesById(records: { _id: { toString(): string }; name: string }[]): Map<string, string> {
  return new Map(records.map((r) => [idOf(r), r.name]));
}

export async function loadLookups(source: RecordSource, asAt: string): Promise<Lookups> {
  const [people, organisations, committees, memberships] = await Promise.all([
    allOf(source, 'person'),
    allOf(source, 'organisation'),
    allOf(source, 'committee'),
    allOf(source, 'membership'),
  ]);
  const personNames = namesById(people);
  const peopleById = new Map(people.map((p) => [idOf(p), p]));
  const organisationNames = namesById(organisations);
  const committeeNames = namesById(committees);
  const membershipsOf = new Map<string, StoredRecord<'membership'>[]>();
  for (const m of memberships) membershipsOf.set(m.personId, [...(membershipsOf.get(m.personId) ?? []), m]);
  const name = (names: Map<string, string>, what: string) => (id: string | null | undefined) => (id ? (names.get(id) ?? `Unknown ${what} ${id}`) : '');

  const seatsOn = (personId: string) =>
    (membershipsOf.get(personId) ?? [])
      .filter((m) => isActiveOn(m, asAt))
      .map((m) => ({ committeeId: m.committeeId, label: seatLabel(m.role, committeeNames.get(m.committeeId)) }));

  return {
    personName: name(personNames, 'person'),
    organisationName: name(organisationNames, 'organisation'),
    committeeName: name(committeeNames, 'committee'),
    hasSatOn: (personId, committeeId) => (membershipsOf.get(personId) ?? []).some((m) => m.committeeId === committeeId && m.from <= asAt),
    seatsOn,
    decisionMakingPositions: (personId) => decisionMakingPositions({ person: peopleById.get(personId), seats: seatsOn(personId).map((s) => s.label) }),
  };
}
