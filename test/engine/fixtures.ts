/**
 * A realistic, compliant body to start every engine test from: South Worcestershire
 * CCG's primary care commissioning committee in June 2015, with a neighbouring CCG's
 * practices for contrast. `cleanBody()` produces no findings under any shipped pack;
 * each test breaks one thing and looks for the finding.
 */
import { expect } from 'chai';
import { check, validateSnapshot, type CheckOptions, type RulePack } from '../../src/engine';
import type {
  Declaration,
  Decision,
  Finding,
  FindingsDocument,
  GiftOrHospitality,
  Membership,
  Participation,
  Snapshot,
} from '../../src/engine/types';
import type { RuleId } from '../../src/engine/catalogue';
import { loadShippedPacks } from '../../src/rules';

export const AS_AT = '2015-06-30';
export const COMMITTEE = 'sw-pccc';
export const MEETING = 'm-1';
export const MEETING_DATE = '2015-06-10';
export const JOINED = '2015-04-01';

let shipped: RulePack[] | undefined;
/** The shipped packs, loaded once per test run. */
export function shippedPacks(): RulePack[] {
  shipped ??= loadShippedPacks();
  return shipped;
}

export function membership(personId: string, category: Membership['category'], role: Membership['role'] = 'member', voting = true): Membership {
  return { personId, category, role, voting, from: JOINED, to: null };
}

export function cleanBody(): Snapshot {
  return {
    snapshotVersion: 1,
    asAt: AS_AT,
    organisations: [
      { id: 'swccg', name: 'NHS South Worcestershire CCG', kind: 'ccg', odsCode: '05T', aliases: ['South Worcs CCG'], supplier: false },
      { id: 'wfccg', name: 'NHS Wyre Forest CCG', kind: 'ccg', odsCode: '06D' },
      { id: 'pr-m81001', name: 'Example Surgery', kind: 'gp-practice', odsCode: 'M81001', memberOfId: 'swccg' },
      { id: 'pr-m81002', name: 'Riverside Medical Centre', kind: 'gp-practice', odsCode: 'M81002', memberOfId: 'swccg' },
      { id: 'pr-m81003', name: 'Malvern Health Practice', kind: 'gp-practice', odsCode: 'M81003', memberOfId: 'swccg' },
      { id: 'pr-m81010', name: 'Kidderminster Surgery', kind: 'gp-practice', odsCode: 'M81010', memberOfId: 'wfccg' },
      { id: 'pv-hosp', name: 'Worcestershire Acute Hospitals NHS Trust', kind: 'provider' },
      { id: 'co-acme', name: 'Acme Healthcare Ltd', kind: 'company', companiesHouseNumber: '01234567', supplier: true, aliases: ['Acme Health'] },
      { id: 'la-worcs', name: 'Worcestershire County Council', kind: 'local-authority' },
      { id: 'hw-worcs', name: 'Healthwatch Worcestershire', kind: 'healthwatch' },
      { id: 'nhse', name: 'NHS England', kind: 'nhs-england' },
    ],
    people: [
      { id: 'p-lay1', name: 'Ann Example', email: 'ann@example.org' },
      { id: 'p-lay2', name: 'Ben Lay' },
      { id: 'p-lay3', name: 'Cara Lay' },
      { id: 'p-lay4', name: 'Dan Lay' },
      { id: 'p-exec1', name: 'Eve Officer' },
      { id: 'p-exec2', name: 'Finn Finance' },
      { id: 'p-gp1', name: 'Dr Jane Doe' },
      { id: 'p-hw', name: 'Hana Watch' },
      { id: 'p-la', name: 'Lee Council' },
      { id: 'p-staff', name: 'Sam Staff' },
    ],
    committees: [
      {
        id: COMMITTEE,
        name: 'Primary Care Commissioning Committee',
        organisationIds: ['swccg'],
        type: 'primary-care-commissioning',
        commissioningLevel: 'delegated',
        rulePack: 'nhs-pccc-2017',
        members: [
          membership('p-lay1', 'lay', 'chair'),
          membership('p-lay2', 'lay', 'vice-chair'),
          membership('p-lay3', 'lay'),
          membership('p-lay4', 'lay'),
          membership('p-exec1', 'executive'),
          membership('p-exec2', 'executive'),
          membership('p-gp1', 'gp'),
          membership('p-hw', 'healthwatch', 'member', false),
          membership('p-la', 'local-authority', 'member', false),
        ],
      },
    ],
    declarations: [
      declaration({ id: 'd-gp1', personId: 'p-gp1', type: 'financial', category: 'outside-employment', organisationId: 'pr-m81001', description: 'Partner at Example Surgery', from: '2009-01-01' }),
      ...['p-lay1', 'p-lay2', 'p-lay3', 'p-lay4', 'p-exec1', 'p-exec2', 'p-hw', 'p-la'].map((personId) =>
        declaration({ id: `d-nil-${personId}`, personId, type: 'nil', from: null, description: 'Nothing to declare' }),
      ),
    ],
    confirmations: [{ personId: 'p-gp1', confirmedOn: '2015-04-02' }],
    giftsAndHospitality: [
      gift({ id: 'g-1', personId: 'p-exec1', kind: 'hospitality', fromOrganisationId: 'co-acme', description: 'Working lunch', valueGBP: 30, declaredOn: '2015-05-20' }),
      gift({ id: 'g-2', personId: 'p-staff', kind: 'gift', fromOrganisationId: 'hw-worcs', description: 'Book', valueGBP: 20, declaredOn: null }),
    ],
    meetings: [
      {
        id: MEETING,
        committeeId: COMMITTEE,
        date: MEETING_DATE,
        present: ['p-lay1', 'p-lay2', 'p-lay3', 'p-exec1', 'p-gp1', 'p-hw', 'p-la'],
        items: [
          { id: 'm-1-1', title: 'Declarations of interest', participation: [] },
          { id: 'm-1-2', title: 'Hospital contract variation', decisionId: 'dec-1', participation: [] },
        ],
      },
    ],
    decisions: [
      {
        id: 'dec-1',
        committeeId: COMMITTEE,
        meetingId: MEETING,
        date: MEETING_DATE,
        title: 'Community ophthalmology contract variation',
        kind: 'contract-variation',
        valueGBP: 250000,
        affectedOrganisationIds: ['pv-hosp'],
        affectsAllPracticesOf: null,
      },
    ],
  };
}

/** A declaration with the clean body's defaults: self-held, declared soon after joining. */
export function declaration(fields: Partial<Declaration> & Pick<Declaration, 'id' | 'personId'>): Declaration {
  return { type: 'financial', heldBy: 'self', organisationId: null, organisationName: null, description: null, from: '2009-01-01', to: null, declaredOn: '2015-04-10', ...fields };
}

export function gift(fields: Partial<GiftOrHospitality> & Pick<GiftOrHospitality, 'id' | 'personId'>): GiftOrHospitality {
  return { kind: 'gift', fromOrganisationId: null, fromName: null, description: 'Gift', valueGBP: 10, cashOrVoucher: false, offeredOn: '2015-05-01', accepted: true, declaredOn: '2015-05-02', approvedBy: null, ...fields };
}

export function addDeclaration(s: Snapshot, fields: Partial<Declaration> & Pick<Declaration, 'personId'>): Declaration {
  const added = declaration({ id: `d-${s.declarations.length + 1}`, ...fields });
  s.declarations.push(added);
  return added;
}

export function addGift(s: Snapshot, fields: Partial<GiftOrHospitality> & Pick<GiftOrHospitality, 'personId'>): GiftOrHospitality {
  const added = gift({ id: `g-${s.giftsAndHospitality.length + 1}`, ...fields });
  s.giftsAndHospitality.push(added);
  return added;
}

export function member(s: Snapshot, personId: string): Membership {
  const found = s.committees[0].members.find((m) => m.personId === personId);
  if (!found) throw new Error(`${personId} is not on the committee`);
  return found;
}

/** Adds a decision taken at the clean body's meeting, recorded by its own agenda item. */
export function addDecision(
  s: Snapshot,
  fields: Partial<Decision> & Pick<Decision, 'id'>,
  participation: Participation[] = [],
): Decision {
  const added: Decision = {
    committeeId: COMMITTEE,
    meetingId: MEETING,
    date: MEETING_DATE,
    title: 'Local incentive scheme replacing QOF',
    kind: 'local-incentive-scheme',
    valueGBP: 1200000,
    affectedOrganisationIds: [],
    affectsAllPracticesOf: null,
    ...fields,
  };
  s.decisions.push(added);
  const meeting = s.meetings.find((m) => m.id === added.meetingId);
  meeting?.items?.push({ id: `${added.meetingId}-${added.id}`, title: added.title, decisionId: added.id, participation });
  return added;
}

/** Validates (the fixture must be a valid snapshot) and checks with the shipped packs. */
export function run(s: Snapshot, options: CheckOptions = {}): FindingsDocument {
  const validation = validateSnapshot(s, { packs: shippedPacks(), packIds: options.packIds });
  expect(validation.ok ? [] : validation.errors, 'the fixture is a valid snapshot').to.deep.equal([]);
  return check(s, shippedPacks(), options);
}

export function findingsOf(s: Snapshot, ruleId: RuleId, options: CheckOptions = {}): Finding[] {
  return run(s, options).findings.filter((f) => f.ruleId === ruleId);
}

export const ICB_BOARD = 'icb-board';
export const ICB_MEETING = 'icb-m-1';
export const ICB_MEETING_DATE = '2023-05-10';
export const ICB_AS_AT = '2023-06-30';
const ICB_JOINED = '2022-07-01';

/** A member of the ICB board, with an office where they hold one. */
export function icbSeat(personId: string, category: Membership['category'], role: Membership['role'] = 'member', office: string | null = null): Membership {
  return { personId, category, role, voting: true, office, from: ICB_JOINED, to: null };
}

/**
 * An integrated care board's board that meets the nhs-icb-board-2022 minimum exactly: an
 * independent chair, a non-executive deputy and one more non-executive, one holder of each
 * executive office and one partner member of each kind, all voting. `icbBody()` produces no
 * findings under any shipped pack; each test breaks one thing.
 */
export function icbBody(): Snapshot {
  const s = cleanBody();
  s.asAt = ICB_AS_AT;
  s.organisations.push({ id: 'hwicb', name: 'NHS Example ICB', kind: 'icb', odsCode: 'QGH' });
  const board: [string, string, Membership['category'], Membership['role'], string | null][] = [
    ['p-chair', 'Carol Chair', 'non-executive', 'chair', null],
    ['p-ned1', 'Nadia Deputy', 'non-executive', 'vice-chair', null],
    ['p-ned2', 'Ned Second', 'non-executive', 'member', null],
    ['p-ceo', 'Cath Chief', 'executive', 'member', 'chief-executive'],
    ['p-cfo', 'Frank Finance', 'executive', 'member', 'finance-director'],
    ['p-md', 'Dr Mo Medical', 'executive', 'member', 'medical-director'],
    ['p-dn', 'Nora Nursing', 'executive', 'member', 'nursing-director'],
    ['p-pm-trust', 'Tom Trust', 'partner-member', 'member', 'partner-member-trust'],
    ['p-pm-pc', 'Dr Pat Practice', 'partner-member', 'member', 'partner-member-primary-care'],
    ['p-pm-la', 'Liz Council', 'partner-member', 'member', 'partner-member-local-authority'],
  ];
  s.people = board.map(([id, name]) => ({ id, name }));
  s.committees = [
    {
      id: ICB_BOARD,
      name: 'NHS Example ICB Board',
      organisationIds: ['hwicb'],
      type: 'governing-body',
      commissioningLevel: null,
      rulePack: 'nhs-icb-board-2022',
      members: board.map(([id, , category, role, office]) => icbSeat(id, category, role, office)),
    },
  ];
  s.declarations = board.map(([personId]) =>
    personId === 'p-pm-pc'
      ? declaration({ id: 'd-pm-pc', personId, organisationId: 'pr-m81001', description: 'Partner at Example Surgery', declaredOn: '2022-07-10', actionTaken: 'Leaves the room for decisions about the practice' })
      : declaration({ id: `d-nil-${personId}`, personId, type: 'nil', from: null, description: 'Nothing to declare', declaredOn: '2022-07-10' }),
  );
  s.confirmations = board.map(([personId]) => ({ personId, confirmedOn: '2023-04-01' }));
  s.giftsAndHospitality = [];
  s.meetings = [
    {
      id: ICB_MEETING,
      committeeId: ICB_BOARD,
      date: ICB_MEETING_DATE,
      // 6 of the 10 voting members: the chair, an executive and a non-executive among them.
      present: ['p-chair', 'p-ned2', 'p-ceo', 'p-cfo', 'p-pm-trust', 'p-pm-pc'],
      items: [{ id: `${ICB_MEETING}-1`, title: 'Declarations of interest', participation: [] }],
    },
  ];
  s.decisions = [];
  return s;
}

/** Adds a decision taken at the ICB board's meeting, recorded by its own agenda item. */
export function addIcbDecision(s: Snapshot, fields: Partial<Decision> & Pick<Decision, 'id'>, participation: Participation[] = []): Decision {
  return addDecision(s, { committeeId: ICB_BOARD, meetingId: ICB_MEETING, date: ICB_MEETING_DATE, kind: 'contract-award', title: 'Community services contract award', ...fields }, participation);
}
