/**
 * Lookup maps built once per check, so every rule reads what it needs in constant
 * time instead of scanning the snapshot's lists (a body can hold 60,000 declarations
 * and 20,000 decisions).
 */
import { isActiveOn } from './dates';
import { normaliseOrganisationName } from './names';
import type {
  AgendaItem,
  Committee,
  Decision,
  Declaration,
  IsoDate,
  Meeting,
  Membership,
  Organisation,
  Person,
  Snapshot,
} from './types';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const NONE: readonly never[] = [];

/** The members of a committee on a day (membership `from <= day <= to`). */
export function membersOn(committee: Committee, day: IsoDate): Membership[] {
  return committee.members.filter((member) => isActiveOn(member, day));
}

export class SnapshotIndex {
  readonly organisations: Map<string, Organisation>;
  readonly people: Map<string, Person>;
  readonly committees: Map<string, Committee>;
  readonly meetings: Map<string, Meeting>;
  private readonly declarationsByPerson: Map<string, Declaration[]>;
  private readonly meetingsByCommittee: Map<string, Meeting[]>;
  private readonly decisionsByCommittee: Map<string, Decision[]>;
  private readonly itemsByDecision = new Map<string, AgendaItem>();
  private readonly attendanceByMeeting = new Map<string, Membership[]>();
  private readonly votingMembersByMeeting = new Map<string, number>();
  private organisationsByName?: Map<string, Organisation[]>;
  private readonly normalisedInterestNames = new Map<Declaration, string>();
  /** By person: the organisations their interests name, by id only, then by id or name. */
  private readonly interestOrganisationsById = new Map<string, readonly Organisation[]>();
  private readonly interestOrganisationsByIdOrName = new Map<string, readonly Organisation[]>();

  constructor(readonly snapshot: Snapshot) {
    this.organisations = byId(snapshot.organisations);
    this.people = byId(snapshot.people);
    this.committees = byId(snapshot.committees);
    this.meetings = byId(snapshot.meetings);
    this.declarationsByPerson = groupBy(snapshot.declarations, (d) => d.personId);
    this.meetingsByCommittee = groupBy(snapshot.meetings, (m) => m.committeeId);
    this.decisionsByCommittee = groupBy(snapshot.decisions, (d) => d.committeeId);
    for (const meeting of snapshot.meetings) {
      for (const item of meeting.items ?? NONE) {
        if (item.decisionId != null) this.itemsByDecision.set(item.decisionId, item);
      }
    }
  }

  personName(personId: string): string {
    return this.people.get(personId)?.name ?? personId;
  }

  organisationName(organisationId: string): string {
    return this.organisations.get(organisationId)?.name ?? organisationId;
  }

  /** The organisation a declaration names: the linked one's name, else the free text. */
  interestOrganisation(declaration: Declaration): string | null {
    if (declaration.organisationId != null) return this.organisationName(declaration.organisationId);
    return declaration.organisationName?.trim() || null;
  }

  declarationsOf(personId: string): readonly Declaration[] {
    return this.declarationsByPerson.get(personId) ?? NONE;
  }

  meetingsOf(committeeId: string): readonly Meeting[] {
    return this.meetingsByCommittee.get(committeeId) ?? NONE;
  }

  decisionsOf(committeeId: string): readonly Decision[] {
    return this.decisionsByCommittee.get(committeeId) ?? NONE;
  }

  /** The agenda item that records a decision, if any. */
  itemOf(decisionId: string): AgendaItem | undefined {
    return this.itemsByDecision.get(decisionId);
  }

  /**
   * Members of the meeting's committee who were present, membership judged on the
   * meeting date. Memoised: the meeting rule and every decision taken at the meeting ask.
   */
  attendance(meeting: Meeting): Membership[] {
    let attending = this.attendanceByMeeting.get(meeting.id);
    if (!attending) {
      const committee = this.committees.get(meeting.committeeId);
      const present = new Set(meeting.present);
      attending = committee ? membersOn(committee, meeting.date).filter((m) => present.has(m.personId)) : [];
      this.attendanceByMeeting.set(meeting.id, attending);
    }
    return attending;
  }

  /** How many voting members the meeting's committee had on its date, present or not (majorityOfVoting's denominator). */
  votingMembersAt(meeting: Meeting): number {
    let count = this.votingMembersByMeeting.get(meeting.id);
    if (count === undefined) {
      const committee = this.committees.get(meeting.committeeId);
      count = committee ? membersOn(committee, meeting.date).filter((m) => m.voting).length : 0;
      this.votingMembersByMeeting.set(meeting.id, count);
    }
    return count;
  }

  /**
   * Organisations whose name or an alias matches a declaration's free-text organisation
   * name after normalisation. Both sides are normalised once per check.
   */
  organisationsNamedLike(declaration: Declaration): readonly Organisation[] {
    let normalised = this.normalisedInterestNames.get(declaration);
    if (normalised === undefined) {
      normalised = normaliseOrganisationName(declaration.organisationName ?? '');
      this.normalisedInterestNames.set(declaration, normalised);
    }
    if (normalised === '') return NONE;
    return this.organisationsByNormalisedName().get(normalised) ?? NONE;
  }

  /** The organisations a decision lists as affected (the validator has made sure each is known). */
  affectedOrganisations(decision: Decision): Organisation[] {
    const found: Organisation[] = [];
    for (const id of decision.affectedOrganisationIds) {
      const organisation = this.organisations.get(id);
      if (organisation) found.push(organisation);
    }
    return found;
  }

  /**
   * Every organisation any of a person's declarations names, on any date: linked by id, and with `byName`
   * also matched by its free-text name. Memoised: a member sits at dozens of decisions, most of which
   * affect none of these, and that settles the member without looking at each declaration on the day.
   */
  interestOrganisations(personId: string, byName: boolean): readonly Organisation[] {
    const memo = byName ? this.interestOrganisationsByIdOrName : this.interestOrganisationsById;
    let found = memo.get(personId);
    if (!found) {
      const organisations = new Set<Organisation>();
      for (const declaration of this.declarationsOf(personId)) {
        if (declaration.type === 'nil') continue;
        if (declaration.organisationId != null) {
          const organisation = this.organisations.get(declaration.organisationId);
          if (organisation) organisations.add(organisation);
        } else if (byName) {
          for (const organisation of this.organisationsNamedLike(declaration)) organisations.add(organisation);
        }
      }
      found = [...organisations];
      memo.set(personId, found);
    }
    return found;
  }

  private organisationsByNormalisedName(): Map<string, Organisation[]> {
    if (!this.organisationsByName) {
      const byName = new Map<string, Organisation[]>();
      for (const organisation of this.snapshot.organisations) {
        const names = new Set([organisation.name, ...(organisation.aliases ?? NONE)].map(normaliseOrganisationName));
        for (const name of names) {
          if (name === '') continue;
          const group = byName.get(name);
          if (group) group.push(organisation);
          else byName.set(name, [organisation]);
        }
      }
      this.organisationsByName = byName;
    }
    return this.organisationsByName;
  }
}
