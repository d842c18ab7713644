/**
 * Checks the snapshot's JSON Schema cannot make: every id a snapshot refers to known,
 * ids unique per list, periods that end after they begin, no person holding two
 * overlapping seats on one committee (counts and quorums would double them), meetings,
 * items and decisions that agree with each other, and a quorum's requirements with
 * unique ids and a max not below their min.
 *
 * Runs on the raw input even when its shape is wrong, so one pass reports every
 * problem: anything that is not the expected kind of value is skipped here (the
 * schema already reports it). Paths are only built for problems: a body can hold a
 * million references.
 */
import { isIsoDate } from './dates';
import type { Problem } from './types';

type Loose = Record<string, unknown>;

/** Later than any real date: an open-ended period runs to here. */
const OPEN_END = '9999-12-31';

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `visit` for each object entry of an array (other entries are left to the schema). */
function eachRecord(list: unknown, visit: (entry: Loose, i: number) => void): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const entry: unknown = list[i];
    if (isRecord(entry)) visit(entry, i);
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * A list's ids (id -> index of the entry that has it), and which list of references named each
 * entry last: an id repeated within one list of references is found with no set for each list,
 * where a body holds tens of thousands of short lists (who was present, who took part, what a
 * decision affects).
 */
class IdIndex {
  readonly positions = new Map<string, number>();
  private readonly lastListedIn: Int32Array;
  private list = 0;
  /** Ids of the current list that are not in this one (they have no entry to mark). */
  private unknown?: Set<string>;

  constructor(size: number) {
    this.lastListedIn = new Int32Array(size);
  }

  /** Starts a list of references to this one. */
  startList(): void {
    this.list++;
    this.unknown = undefined;
  }

  /** Notes an id of the current list, at `position` here if known; whether the list named it before. */
  listedAgain(id: string, position: number | undefined): boolean {
    if (position === undefined) {
      this.unknown ??= new Set();
      if (this.unknown.has(id)) return true;
      this.unknown.add(id);
      return false;
    }
    if (this.lastListedIn[position] === this.list) return true;
    this.lastListedIn[position] = this.list;
    return false;
  }
}

class ReferenceChecker {
  readonly problems: Problem[] = [];

  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Indexes a list by id, reporting duplicates. */
  index(list: unknown, listPath: string): IdIndex {
    const ids = new IdIndex(Array.isArray(list) ? list.length : 0);
    eachRecord(list, (entry, i) => {
      const id = text(entry.id);
      if (id === undefined) return;
      const first = ids.positions.get(id);
      if (first === undefined) ids.positions.set(id, i);
      else this.report(`${listPath}[${i}].id`, `duplicate id "${id}" (also ${listPath}[${first}])`);
    });
    return ids;
  }

  /** Reports a string id that is not in `known`; returns the index of what it refers to. */
  ref(value: unknown, known: IdIndex, kind: string, path: () => string): number | undefined {
    if (typeof value !== 'string') return undefined;
    const index = known.positions.get(value);
    if (index === undefined) this.report(path(), `unknown ${kind} "${value}"`);
    return index;
  }

  /**
   * A list of ids (the schema checks each is a string): each known, and listed once. The schema's
   * uniqueItems says the same, but validate.ts leaves it to this pass: marking entries (see IdIndex) costs
   * far less than Ajv's check, and names every repeat rather than the first.
   */
  refs(values: unknown, known: IdIndex, kind: string, listPath: () => string): void {
    if (!Array.isArray(values)) return;
    known.startList();
    for (let i = 0; i < values.length; i++) {
      const value: unknown = values[i];
      if (typeof value !== 'string') continue;
      const position = this.ref(value, known, kind, () => `${listPath()}[${i}]`);
      if (known.listedAgain(value, position)) this.report(`${listPath()}[${i}]`, `"${value}" is listed more than once`);
    }
  }

  /** A quorum's requirements, in the words rule packs' own checks use: ids once each, max not below min. */
  requirements(list: unknown, listPath: string): void {
    const ids = new Set<string>();
    eachRecord(list, (requirement, i) => {
      const id = text(requirement.id);
      if (id !== undefined && ids.has(id)) this.report(`${listPath}[${i}]`, `repeats the id "${id}" of an earlier requirement: each id is used once in a list`);
      if (id !== undefined) ids.add(id);
      const { min, max } = requirement;
      if (typeof min === 'number' && typeof max === 'number' && max < min) this.report(`${listPath}[${i}].max`, `must not be less than min (${min})`);
    });
  }

  period(entry: Loose, path: () => string): void {
    const { from, to } = entry;
    if (typeof from === 'string' && typeof to === 'string' && to < from && isIsoDate(from) && isIsoDate(to)) {
      this.report(`${path()}.to`, `ends (${to}) before it begins (${from})`);
    }
  }
}

export function checkReferences(input: unknown): Problem[] {
  if (!isRecord(input)) return [];
  const check = new ReferenceChecker();
  const organisations = check.index(input.organisations, 'organisations');
  const people = check.index(input.people, 'people');
  const committees = check.index(input.committees, 'committees');
  check.index(input.declarations, 'declarations');
  check.index(input.giftsAndHospitality, 'giftsAndHospitality');
  const meetings = check.index(input.meetings, 'meetings');
  const decisions = check.index(input.decisions, 'decisions');
  const meetingList = input.meetings as unknown[];
  const decisionList = input.decisions as unknown[];

  eachRecord(input.organisations, (org, i) => {
    check.ref(org.memberOfId, organisations, 'organisation', () => `organisations[${i}].memberOfId`);
  });

  eachRecord(input.committees, (committee, i) => {
    check.refs(committee.organisationIds, organisations, 'organisation', () => `committees[${i}].organisationIds`);
    if (isRecord(committee.quorum)) check.requirements(committee.quorum.present, `committees[${i}].quorum.present`);
    const seats = new Map<string, { from: string; to: string; j: number }[]>();
    eachRecord(committee.members, (member, j) => {
      const path = () => `committees[${i}].members[${j}]`;
      check.ref(member.personId, people, 'person', () => `${path()}.personId`);
      check.period(member, path);
      const personId = text(member.personId);
      const from = member.from;
      if (personId === undefined || !isIsoDate(from)) return;
      const to = isIsoDate(member.to) ? member.to : OPEN_END;
      const earlier = seats.get(personId) ?? [];
      const clash = earlier.find((seat) => seat.from <= to && from <= seat.to);
      if (clash) check.report(path(), `overlaps committees[${i}].members[${clash.j}]: a person holds one seat on a committee at a time`);
      earlier.push({ from, to, j });
      seats.set(personId, earlier);
    });
  });

  eachRecord(input.declarations, (declaration, i) => {
    const path = () => `declarations[${i}]`;
    check.ref(declaration.personId, people, 'person', () => `${path()}.personId`);
    check.ref(declaration.organisationId, organisations, 'organisation', () => `${path()}.organisationId`);
    check.period(declaration, path);
  });

  eachRecord(input.confirmations, (confirmation, i) => {
    check.ref(confirmation.personId, people, 'person', () => `confirmations[${i}].personId`);
  });

  eachRecord(input.giftsAndHospitality, (gift, i) => {
    check.ref(gift.personId, people, 'person', () => `giftsAndHospitality[${i}].personId`);
    check.ref(gift.fromOrganisationId, organisations, 'organisation', () => `giftsAndHospitality[${i}].fromOrganisationId`);
    check.ref(gift.approvedBy, people, 'person', () => `giftsAndHospitality[${i}].approvedBy`);
  });

  /** Which item (meeting and item index) records each decision, so two items cannot claim one decision. */
  const itemOfDecision = new Map<string, [number, number]>();
  eachRecord(input.meetings, (meeting, i) => {
    check.ref(meeting.committeeId, committees, 'committee', () => `meetings[${i}].committeeId`);
    check.refs(meeting.present, people, 'person', () => `meetings[${i}].present`);
    const itemIds = new Map<string, number>();
    eachRecord(meeting.items, (item, j) => {
      const itemPath = () => `meetings[${i}].items[${j}]`;
      const itemId = text(item.id);
      if (itemId !== undefined) {
        const first = itemIds.get(itemId);
        if (first === undefined) itemIds.set(itemId, j);
        else check.report(`${itemPath()}.id`, `duplicate id "${itemId}" (also meetings[${i}].items[${first}])`);
      }
      const decisionIndex = check.ref(item.decisionId, decisions, 'decision', () => `${itemPath()}.decisionId`);
      if (decisionIndex !== undefined) {
        const decisionId = item.decisionId as string;
        const decision: unknown = decisionList[decisionIndex];
        if (isRecord(decision) && typeof decision.meetingId === 'string' && decision.meetingId !== meeting.id) {
          check.report(`${itemPath()}.decisionId`, `decision "${decisionId}" was taken at meeting "${decision.meetingId}", not this one`);
        }
        const other = itemOfDecision.get(decisionId);
        if (other !== undefined) check.report(`${itemPath()}.decisionId`, `decision "${decisionId}" is already recorded by meetings[${other[0]}].items[${other[1]}]`);
        else itemOfDecision.set(decisionId, [i, j]);
      }
      people.startList();
      eachRecord(item.participation, (entry, k) => {
        const entryPath = () => `${itemPath()}.participation[${k}].personId`;
        const position = check.ref(entry.personId, people, 'person', entryPath);
        const personId = text(entry.personId);
        if (personId !== undefined && people.listedAgain(personId, position)) check.report(entryPath(), `"${personId}" has more than one entry on this item`);
      });
    });
  });

  eachRecord(input.decisions, (decision, i) => {
    const path = () => `decisions[${i}]`;
    check.ref(decision.committeeId, committees, 'committee', () => `${path()}.committeeId`);
    const meetingIndex = check.ref(decision.meetingId, meetings, 'meeting', () => `${path()}.meetingId`);
    const meeting: unknown = meetingIndex === undefined ? undefined : meetingList[meetingIndex];
    if (isRecord(meeting) && typeof meeting.committeeId === 'string' && typeof decision.committeeId === 'string' && meeting.committeeId !== decision.committeeId) {
      check.report(`${path()}.meetingId`, `meeting "${String(decision.meetingId)}" is a meeting of committee "${meeting.committeeId}", not "${decision.committeeId}"`);
    }
    check.refs(decision.affectedOrganisationIds, organisations, 'organisation', () => `${path()}.affectedOrganisationIds`);
    check.ref(decision.affectsAllPracticesOf, organisations, 'organisation', () => `${path()}.affectsAllPracticesOf`);
  });

  return check.problems;
}
