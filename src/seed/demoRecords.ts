/**
 * The demo register, written as the tables a board secretary would keep. Built on the 2015
 * co-commissioning reports: NHS South Worcestershire CCG took delegated commissioning with a
 * lay-majority primary care commissioning committee and one GP; NHS Wyre Forest CCG and NHS
 * Redditch and Bromsgrove CCG went for joint commissioning with NHS England.
 *
 * Every person, practice and company here is fictional (the CCGs, trusts, Healthwatch and the
 * county council are the real public bodies). References between tables are readable keys:
 * organisations by ODS code, Companies House number or name; people by email address.
 *
 * Dates are 'YYYY-MM-DD', or daysAgo(n): n days before the day the demo is loaded, so the
 * register is mostly up to date whenever it is loaded. On purpose it is not entirely so:
 * - Dr Priya Raman joined the Wyre Forest governing body recently and has declared nothing;
 * - Robert Danby and Dr Harriet Ogunleye last confirmed their declarations over a year ago;
 * - Dr Tomasz Nowak declared his federation shareholding more than 28 days after acquiring it;
 * - a supplier's branded diary was accepted, a supplier's £120 dinner was accepted without
 *   approval, and an awards dinner was declared late.
 */
import type {
  COMMISSIONING_LEVELS,
  COMMITTEE_TYPES,
  GIFT_KINDS,
  HELD_BY,
  INTEREST_CATEGORIES,
  INTEREST_TYPES,
  MEMBER_CATEGORIES,
  MEMBERSHIP_ROLES,
  ORGANISATION_KINDS,
  Role,
  Vocabulary,
} from '../shared/vocabulary';

type ValueOf<V> = V extends Vocabulary<infer T> ? T : never;

/** A fixed date, or a number of days before the day the demo is loaded. */
export type DemoDate = string | { daysAgo: number };
export const daysAgo = (days: number): DemoDate => ({ daysAgo: days });

export interface OrganisationRow {
  name: string;
  kind: ValueOf<typeof ORGANISATION_KINDS>;
  ods?: string;
  companiesHouse?: string;
  /** A GP practice's CCG, by ODS code. */
  memberOf?: string;
  aliases?: string[];
  supplier?: boolean;
}

export interface PersonRow {
  email: string;
  name: string;
  jobTitle: string;
  role: Role;
  seniorApprover?: boolean;
}

export interface MemberRow {
  person: string;
  category: ValueOf<typeof MEMBER_CATEGORIES>;
  role: ValueOf<typeof MEMBERSHIP_ROLES>;
  voting: boolean;
  /** The office the seat holds beyond its category, as rule packs count it (`finance-director`). */
  office?: string;
  from: DemoDate;
  to?: DemoDate;
}

export interface CommitteeRow {
  name: string;
  organisations: string[];
  type: ValueOf<typeof COMMITTEE_TYPES>;
  commissioningLevel: ValueOf<typeof COMMISSIONING_LEVELS> | null;
  rulePack: string;
  quorum?: number;
  members: MemberRow[];
}

export interface InterestRow {
  person: string;
  type: ValueOf<typeof INTEREST_TYPES> | 'nil';
  category?: ValueOf<typeof INTEREST_CATEGORIES>;
  /** An organisation on the register (ODS code, Companies House number or name)... */
  organisation?: string;
  /** ...or free text for one that is not. */
  organisationName?: string;
  description: string;
  heldBy?: ValueOf<typeof HELD_BY>;
  from?: DemoDate;
  to?: DemoDate;
  declaredOn: DemoDate;
  actionTaken?: string;
}

export interface ConfirmationRow {
  person: string;
  confirmedOn: DemoDate;
}

/** A block of the demo: its rows refer only to each other. */
export interface DemoTables {
  /** The day the block was entered into the register: anything older is recorded as taken on that day. */
  takenOn: DemoDate;
  organisations: OrganisationRow[];
  people: PersonRow[];
  committees: CommitteeRow[];
  interests: InterestRow[];
  confirmations: ConfirmationRow[];
  gifts: GiftRow[];
}

export interface GiftRow {
  person: string;
  kind: ValueOf<typeof GIFT_KINDS>;
  from?: string;
  fromName?: string;
  description: string;
  valueGBP: number;
  cashOrVoucher?: boolean;
  offeredOn: DemoDate;
  accepted: boolean;
  declaredOn: DemoDate | null;
  /** A senior approver's answer: their email, the day and why. */
  approval?: { outcome: 'approved' | 'refused'; by: string; on: DemoDate; note: string };
}

// ---------------------------------------------------------------------------------------------
// Organisations. CCGs first: practices name their CCG.
// ---------------------------------------------------------------------------------------------

export const ORGANISATIONS: OrganisationRow[] = [
  { name: 'NHS South Worcestershire CCG', kind: 'ccg', ods: '05T', aliases: ['South Worcs CCG', 'SWCCG'] },
  { name: 'NHS Wyre Forest CCG', kind: 'ccg', ods: '06D', aliases: ['Wyre Forest CCG'] },
  { name: 'NHS Redditch and Bromsgrove CCG', kind: 'ccg', ods: '05J', aliases: ['Redditch & Bromsgrove CCG', 'RBCCG'] },
  {
    name: 'NHS England (Midlands and East)',
    kind: 'nhs-england',
    aliases: ['NHS England Arden, Herefordshire and Worcestershire Area Team', 'NHS England area team'],
  },

  // GP practices (fictional), South Worcestershire
  { name: 'Riverside Surgery', kind: 'gp-practice', ods: 'M81001', memberOf: '05T' },
  { name: 'Malvern Health Centre', kind: 'gp-practice', ods: 'M81002', memberOf: '05T', aliases: ['Malvern HC'] },
  { name: 'Kingfisher Medical Practice', kind: 'gp-practice', ods: 'M81003', memberOf: '05T' },
  { name: 'Orchard Vale Surgery', kind: 'gp-practice', ods: 'M81004', memberOf: '05T', aliases: ['Orchard Vale Medical Centre'] },
  { name: 'Cathedral View Surgery', kind: 'gp-practice', ods: 'M81005', memberOf: '05T' },
  { name: 'Severn Meadows Surgery', kind: 'gp-practice', ods: 'M81006', memberOf: '05T' },
  // Wyre Forest
  { name: 'Bewdley Road Surgery', kind: 'gp-practice', ods: 'M81010', memberOf: '06D' },
  { name: 'Blakedown Road Medical Centre', kind: 'gp-practice', ods: 'M81011', memberOf: '06D' },
  { name: 'Stourside Health Centre', kind: 'gp-practice', ods: 'M81012', memberOf: '06D', aliases: ['Stourside Surgery'] },
  // Redditch and Bromsgrove
  { name: 'Needle Mill Surgery', kind: 'gp-practice', ods: 'M81020', memberOf: '05J' },
  { name: 'Millfield Medical Practice', kind: 'gp-practice', ods: 'M81021', memberOf: '05J' },
  { name: 'Arrow Valley Surgery', kind: 'gp-practice', ods: 'M81022', memberOf: '05J' },

  // Providers and suppliers
  {
    name: 'Worcestershire Acute Hospitals NHS Trust',
    kind: 'provider',
    ods: 'RWP',
    aliases: ['Worcestershire Acute', 'WAHT'],
    supplier: true,
  },
  {
    name: 'Worcestershire Health and Care NHS Trust',
    kind: 'provider',
    ods: 'R1A',
    aliases: ['Worcestershire Health & Care', 'WHCT'],
    supplier: true,
  },
  { name: 'Severnside GP Federation Ltd', kind: 'provider', companiesHouse: '09817342', aliases: ['Severnside GP Federation', 'Severnside Federation'], supplier: true },
  { name: 'Vale Diagnostics Ltd', kind: 'company', companiesHouse: '08264519', aliases: ['Vale Diagnostics'], supplier: true },
  { name: 'Meridian Pharma UK Ltd', kind: 'company', companiesHouse: '04417856', aliases: ['Meridian Pharma'], supplier: true },

  // Partners with standing seats
  { name: 'Healthwatch Worcestershire', kind: 'healthwatch' },
  { name: 'Worcestershire County Council', kind: 'local-authority', aliases: ['WCC', 'Worcestershire Health and Well-being Board'] },
];

// ---------------------------------------------------------------------------------------------
// People (all fictional). Committee members sign in as "member".
// ---------------------------------------------------------------------------------------------

export const PEOPLE: PersonRow[] = [
  // South Worcestershire CCG
  { email: 'margaret.ellison@example.org', name: 'Margaret Ellison', jobTitle: 'Lay member, chair of the Primary Care Commissioning Committee', role: 'member' },
  { email: 'rajesh.kapoor@example.org', name: 'Rajesh Kapoor', jobTitle: 'Lay member for patient and public involvement', role: 'member' },
  { email: 'fiona.beattie@example.org', name: 'Fiona Beattie', jobTitle: 'Lay member for governance, audit committee chair and conflicts of interest guardian', role: 'member' },
  { email: 'owen.pritchard@example.org', name: 'Owen Pritchard', jobTitle: 'Lay member', role: 'member' },
  { email: 'simon.trevelyan@example.org', name: 'Simon Trevelyan', jobTitle: 'Accountable Officer, NHS South Worcestershire CCG', role: 'member', seniorApprover: true },
  { email: 'alison.cartwright@example.org', name: 'Alison Cartwright', jobTitle: 'Chief Finance Officer, NHS South Worcestershire CCG', role: 'member' },
  { email: 'sam.okafor@example.org', name: 'Dr Sam Okafor', jobTitle: 'GP partner, Riverside Surgery; GP member of the Primary Care Commissioning Committee', role: 'member' },
  { email: 'eleanor.whitcombe@example.org', name: 'Dr Eleanor Whitcombe', jobTitle: 'GP partner, Malvern Health Centre; clinical lead for primary care', role: 'member' },
  { email: 'marcus.delaney@example.org', name: 'Dr Marcus Delaney', jobTitle: 'GP partner, Orchard Vale Surgery (former committee member)', role: 'member' },
  { email: 'bernadette.quinn@example.org', name: 'Bernadette Quinn', jobTitle: 'Director of Nursing and Quality, NHS South Worcestershire CCG', role: 'member' },
  // Wyre Forest CCG
  { email: 'gordon.fairbairn@example.org', name: 'Gordon Fairbairn', jobTitle: 'Lay chair, NHS Wyre Forest CCG governing body', role: 'member' },
  { email: 'nadia.hussain@example.org', name: 'Nadia Hussain', jobTitle: 'Lay member, NHS Wyre Forest CCG', role: 'member' },
  { email: 'claire.ashdown@example.org', name: 'Claire Ashdown', jobTitle: 'Chief Officer, NHS Wyre Forest CCG', role: 'member' },
  { email: 'priya.raman@example.org', name: 'Priya Raman', jobTitle: 'Chief Finance Officer, NHS Wyre Forest CCG', role: 'member' },
  { email: 'aileen.mcbride@example.org', name: 'Dr Aileen McBride', jobTitle: 'GP partner, Bewdley Road Surgery', role: 'member' },
  // Redditch and Bromsgrove CCG
  { email: 'andrew.pemberton@example.org', name: 'Andrew Pemberton', jobTitle: 'Lay chair, NHS Redditch and Bromsgrove CCG governing body', role: 'member' },
  { email: 'judith.carrow@example.org', name: 'Judith Carrow', jobTitle: 'Lay member for patient and public involvement, NHS Redditch and Bromsgrove CCG', role: 'member' },
  { email: 'daniel.osei@example.org', name: 'Daniel Osei', jobTitle: 'Lay member, NHS Redditch and Bromsgrove CCG', role: 'member' },
  { email: 'kevin.odonnell@example.org', name: "Kevin O'Donnell", jobTitle: 'Chief Finance Officer, NHS Redditch and Bromsgrove CCG', role: 'member' },
  { email: 'tomasz.nowak@example.org', name: 'Dr Tomasz Nowak', jobTitle: 'GP partner, Needle Mill Surgery', role: 'member' },
  { email: 'harriet.ogunleye@example.org', name: 'Dr Harriet Ogunleye', jobTitle: 'GP partner, Millfield Medical Practice', role: 'member' },
  // NHS England, Healthwatch, the county council
  { email: 'graham.pollard@example.org', name: 'Graham Pollard', jobTitle: 'Director of Commissioning Operations, NHS England (Midlands and East)', role: 'member' },
  { email: 'susan.whitfield@example.org', name: 'Susan Whitfield', jobTitle: 'Head of Primary Care Commissioning, NHS England (Midlands and East)', role: 'member' },
  { email: 'peter.hollings@example.org', name: 'Peter Hollings', jobTitle: 'Chief Executive, Healthwatch Worcestershire', role: 'member' },
  { email: 'janet.morrow@example.org', name: 'Cllr Janet Morrow', jobTitle: 'Cabinet Member for Health and Well-being, Worcestershire County Council', role: 'member' },
  { email: 'robert.danby@example.org', name: 'Robert Danby', jobTitle: 'Consultant in Public Health, Worcestershire County Council', role: 'member' },
  // Staff who run and audit the register
  { email: 'governance.lead@example.org', name: 'Helen Marsh', jobTitle: 'Head of Corporate Governance', role: 'governance-lead' },
  { email: 'auditor@example.org', name: 'Ian Blackwood', jobTitle: 'Internal Audit Manager', role: 'auditor' },
  { email: 'admin@example.org', name: 'Chris Doyle', jobTitle: 'Systems Administrator', role: 'admin' },
];

// ---------------------------------------------------------------------------------------------
// Committees and their members.
// ---------------------------------------------------------------------------------------------

const START = '2015-04-01';

export const COMMITTEES: CommitteeRow[] = [
  {
    // Delegated commissioning with a stricter constitution: lay majority, one voting GP.
    name: 'South Worcestershire Primary Care Commissioning Committee',
    organisations: ['05T'],
    type: 'primary-care-commissioning',
    commissioningLevel: 'delegated',
    rulePack: 'nhs-pccc-lay-majority',
    quorum: 4,
    members: [
      { person: 'margaret.ellison@example.org', category: 'lay', role: 'chair', voting: true, from: START },
      { person: 'rajesh.kapoor@example.org', category: 'lay', role: 'vice-chair', voting: true, from: START },
      { person: 'fiona.beattie@example.org', category: 'lay', role: 'member', voting: true, from: START },
      { person: 'owen.pritchard@example.org', category: 'lay', role: 'member', voting: true, from: START },
      { person: 'simon.trevelyan@example.org', category: 'executive', role: 'member', voting: true, from: START },
      { person: 'alison.cartwright@example.org', category: 'executive', role: 'member', voting: true, from: START },
      // The one GP seat: Dr Delaney held it for the first eighteen months.
      { person: 'marcus.delaney@example.org', category: 'gp', role: 'member', voting: true, from: START, to: '2016-09-30' },
      { person: 'sam.okafor@example.org', category: 'gp', role: 'member', voting: true, from: '2016-10-01' },
      { person: 'bernadette.quinn@example.org', category: 'nurse', role: 'member', voting: false, from: START },
      { person: 'peter.hollings@example.org', category: 'healthwatch', role: 'member', voting: false, from: START },
      { person: 'janet.morrow@example.org', category: 'local-authority', role: 'member', voting: false, from: START },
      { person: 'graham.pollard@example.org', category: 'nhs-england', role: 'attendee', voting: false, from: START },
    ],
  },
  {
    name: 'Wyre Forest and Redditch and Bromsgrove Joint Commissioning Committee',
    organisations: ['06D', '05J', 'NHS England (Midlands and East)'],
    type: 'joint-commissioning',
    commissioningLevel: 'joint',
    rulePack: 'nhs-pccc-2017',
    members: [
      { person: 'andrew.pemberton@example.org', category: 'lay', role: 'chair', voting: true, from: START },
      { person: 'nadia.hussain@example.org', category: 'lay', role: 'vice-chair', voting: true, from: START },
      { person: 'daniel.osei@example.org', category: 'lay', role: 'member', voting: true, from: daysAgo(150) },
      { person: 'claire.ashdown@example.org', category: 'executive', role: 'member', voting: true, from: START },
      { person: 'kevin.odonnell@example.org', category: 'executive', role: 'member', voting: true, from: START },
      { person: 'graham.pollard@example.org', category: 'nhs-england', role: 'member', voting: true, from: START },
      { person: 'susan.whitfield@example.org', category: 'nhs-england', role: 'member', voting: true, from: START },
      { person: 'aileen.mcbride@example.org', category: 'gp', role: 'member', voting: true, from: START },
      { person: 'tomasz.nowak@example.org', category: 'gp', role: 'member', voting: true, from: START },
      { person: 'peter.hollings@example.org', category: 'healthwatch', role: 'member', voting: false, from: START },
      { person: 'robert.danby@example.org', category: 'local-authority', role: 'member', voting: false, from: START },
    ],
  },
  {
    name: 'NHS South Worcestershire CCG Governing Body',
    organisations: ['05T'],
    type: 'governing-body',
    commissioningLevel: null,
    rulePack: 'nhs-pccc-2017',
    members: [
      { person: 'fiona.beattie@example.org', category: 'lay', role: 'chair', voting: true, from: START },
      { person: 'rajesh.kapoor@example.org', category: 'lay', role: 'vice-chair', voting: true, from: START },
      { person: 'simon.trevelyan@example.org', category: 'executive', role: 'member', voting: true, from: START },
      { person: 'alison.cartwright@example.org', category: 'executive', role: 'member', voting: true, from: START },
      { person: 'sam.okafor@example.org', category: 'gp', role: 'member', voting: true, from: START },
      { person: 'eleanor.whitcombe@example.org', category: 'gp', role: 'member', voting: true, from: START },
      { person: 'bernadette.quinn@example.org', category: 'nurse', role: 'member', voting: true, from: START },
      { person: 'peter.hollings@example.org', category: 'healthwatch', role: 'member', voting: false, from: START },
      { person: 'janet.morrow@example.org', category: 'local-authority', role: 'member', voting: false, from: START },
    ],
  },
  {
    name: 'NHS Wyre Forest CCG Governing Body',
    organisations: ['06D'],
    type: 'governing-body',
    commissioningLevel: null,
    rulePack: 'nhs-pccc-2017',
    members: [
      { person: 'gordon.fairbairn@example.org', category: 'lay', role: 'chair', voting: true, from: START },
      { person: 'nadia.hussain@example.org', category: 'lay', role: 'vice-chair', voting: true, from: START },
      { person: 'claire.ashdown@example.org', category: 'executive', role: 'member', voting: true, from: START },
      { person: 'priya.raman@example.org', category: 'executive', role: 'member', voting: true, from: daysAgo(45) },
      { person: 'aileen.mcbride@example.org', category: 'gp', role: 'member', voting: true, from: START },
      { person: 'peter.hollings@example.org', category: 'healthwatch', role: 'member', voting: false, from: START },
      { person: 'robert.danby@example.org', category: 'local-authority', role: 'member', voting: false, from: START },
    ],
  },
  {
    name: 'NHS Redditch and Bromsgrove CCG Governing Body',
    organisations: ['05J'],
    type: 'governing-body',
    commissioningLevel: null,
    rulePack: 'nhs-pccc-2017',
    members: [
      { person: 'andrew.pemberton@example.org', category: 'lay', role: 'chair', voting: true, from: START },
      { person: 'judith.carrow@example.org', category: 'lay', role: 'vice-chair', voting: true, from: START },
      { person: 'kevin.odonnell@example.org', category: 'executive', role: 'member', voting: true, from: START },
      { person: 'tomasz.nowak@example.org', category: 'gp', role: 'member', voting: true, from: START },
      { person: 'harriet.ogunleye@example.org', category: 'gp', role: 'member', voting: true, from: '2015-06-01' },
      { person: 'daniel.osei@example.org', category: 'lay', role: 'member', voting: true, from: daysAgo(150) },
      { person: 'peter.hollings@example.org', category: 'healthwatch', role: 'member', voting: false, from: START },
      { person: 'robert.danby@example.org', category: 'local-authority', role: 'member', voting: false, from: START },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Register of interests. Most were declared when the committees were set up in spring 2015.
// ---------------------------------------------------------------------------------------------

const LEAVES_ROOM = (practice: string) => `Leaves the room for decisions on contracts with, or payments to, ${practice}.`;

export const INTERESTS: InterestRow[] = [
  // Dr Sam Okafor, the one GP voting on the South Worcestershire PCCC
  {
    person: 'sam.okafor@example.org', type: 'financial', category: 'outside-employment', organisation: 'M81001',
    description: 'GP partner at Riverside Surgery, Worcester (one of four equity partners).',
    from: '2009-08-01', declaredOn: '2015-03-20',
    actionTaken: `${LEAVES_ROOM('Riverside Surgery')} Does not vote on schemes that pay every practice in the CCG.`,
  },
  {
    person: 'sam.okafor@example.org', type: 'financial', category: 'shareholdings', organisation: '09817342',
    description: 'Shareholder in Severnside GP Federation Ltd (one share, held as a partner of a member practice).',
    from: '2014-11-01', declaredOn: '2015-03-20',
    actionTaken: 'Excluded from discussion of, and decisions on, contracts with Severnside GP Federation Ltd.',
  },
  {
    person: 'sam.okafor@example.org', type: 'non-financial-professional', organisationName: 'Royal College of General Practitioners',
    description: 'Member of the Royal College of General Practitioners (MRCGP).',
    from: '2006-08-01', declaredOn: '2015-03-20',
  },

  // Dr Marcus Delaney: left the PCCC in 2016; his register entries stay on the record
  {
    person: 'marcus.delaney@example.org', type: 'financial', category: 'outside-employment', organisation: 'M81004',
    description: 'GP partner at Orchard Vale Surgery, Evesham.',
    from: '2002-02-01', declaredOn: '2015-03-25',
    actionTaken: LEAVES_ROOM('Orchard Vale Surgery'),
  },
  {
    person: 'marcus.delaney@example.org', type: 'financial', category: 'shareholdings', organisation: '09817342',
    description: 'Director and shareholder, Severnside GP Federation Ltd.',
    from: '2014-11-01', to: '2016-09-30', declaredOn: '2015-03-25',
    actionTaken: 'Excluded from all discussion of the federation; stood down as director on leaving the committee.',
  },

  // Dr Eleanor Whitcombe: her husband manages another practice
  {
    person: 'eleanor.whitcombe@example.org', type: 'financial', category: 'outside-employment', organisation: 'M81002',
    description: 'GP partner at Malvern Health Centre.',
    from: '2011-04-01', declaredOn: '2015-03-27',
    actionTaken: LEAVES_ROOM('Malvern Health Centre'),
  },
  {
    person: 'eleanor.whitcombe@example.org', type: 'indirect', category: 'outside-employment', organisation: 'M81003', heldBy: 'spouse-or-partner',
    description: 'Husband is practice manager at Kingfisher Medical Practice.',
    from: '2013-06-01', declaredOn: '2015-03-27',
    actionTaken: 'Declares the interest at each meeting; takes no part in decisions specific to Kingfisher Medical Practice.',
  },
  {
    person: 'eleanor.whitcombe@example.org', type: 'non-financial-professional', organisationName: 'Royal College of General Practitioners',
    description: 'Member of the Royal College of General Practitioners; RCGP clinical champion for dementia (unpaid).',
    from: '2012-01-01', declaredOn: '2015-03-27',
  },

  // Lay members
  {
    person: 'margaret.ellison@example.org', type: 'non-financial-personal', organisationName: 'Malvern Hills Carers Network',
    description: "Trustee of Malvern Hills Carers Network, a registered charity supporting unpaid carers (unpaid).",
    from: '2012-09-01', declaredOn: '2015-03-18',
    actionTaken: 'Would leave the room for any decision to fund the charity; no such decision is expected.',
  },
  { person: 'rajesh.kapoor@example.org', type: 'nil', description: 'Nothing to declare.', declaredOn: daysAgo(80) },
  {
    person: 'fiona.beattie@example.org', type: 'financial', category: 'outside-employment', organisationName: 'Beattie Rowe Chartered Accountants',
    description: 'Partner in Beattie Rowe Chartered Accountants, Worcester (no NHS or GP practice clients).',
    from: '2001-05-01', declaredOn: '2015-03-19',
  },
  {
    person: 'owen.pritchard@example.org', type: 'non-financial-personal', organisation: 'M81005',
    description: 'Member of the patient participation group at Cathedral View Surgery (registered patient there).',
    from: '2010-03-01', declaredOn: '2015-03-30',
    actionTaken: 'Takes no part in decisions specific to Cathedral View Surgery.',
  },
  {
    person: 'gordon.fairbairn@example.org', type: 'financial', category: 'shareholdings', organisationName: 'Fairbairn Governance Consulting Ltd',
    description: 'Director and sole shareholder of Fairbairn Governance Consulting Ltd (no NHS clients).',
    from: '2009-01-01', declaredOn: '2015-03-16',
  },
  {
    person: 'nadia.hussain@example.org', type: 'non-financial-personal', organisationName: 'Kidderminster College',
    description: 'Governor of Kidderminster College (unpaid).',
    from: '2013-09-01', declaredOn: '2015-03-26',
  },
  {
    person: 'andrew.pemberton@example.org', type: 'financial', category: 'outside-employment', organisationName: 'Severn Vale Housing Group',
    description: 'Non-executive director of Severn Vale Housing Group (remunerated).',
    from: '2011-07-01', declaredOn: '2015-03-17',
  },
  {
    person: 'judith.carrow@example.org', type: 'non-financial-personal', organisation: 'M81020',
    description: 'Registered patient at Needle Mill Surgery.',
    from: '1998-01-01', declaredOn: '2015-04-02',
    actionTaken: 'Declared; takes no part in decisions specific to Needle Mill Surgery.',
  },
  {
    person: 'daniel.osei@example.org', type: 'financial', category: 'outside-employment', organisationName: 'University of Worcester',
    description: 'Senior lecturer in health economics, University of Worcester (0.6 WTE).',
    from: '2019-09-01', declaredOn: daysAgo(140),
  },
  {
    person: 'daniel.osei@example.org', type: 'non-financial-professional', organisationName: 'Health Economists Study Group',
    description: 'Member of the Health Economists Study Group.',
    from: '2016-01-01', declaredOn: daysAgo(140),
  },

  // Executives
  {
    person: 'simon.trevelyan@example.org', type: 'indirect', category: 'outside-employment', organisation: 'R1A', heldBy: 'spouse-or-partner',
    description: 'Wife is a community nurse employed by Worcestershire Health and Care NHS Trust.',
    from: '2008-04-01', declaredOn: '2015-03-19',
    actionTaken: 'Takes no part in contract negotiations with Worcestershire Health and Care NHS Trust; the Chief Finance Officer leads.',
  },
  {
    person: 'alison.cartwright@example.org', type: 'financial', category: 'shareholdings', organisation: '04417856',
    description: 'Shares in Meridian Pharma UK Ltd held in a personal investment portfolio (since sold).',
    from: '2008-05-01', to: daysAgo(75), declaredOn: '2015-03-21',
    actionTaken: 'Took no part in medicines management procurement while the shares were held.',
  },
  {
    person: 'claire.ashdown@example.org', type: 'non-financial-professional', organisationName: 'NHS Clinical Commissioners',
    description: "Member of the NHS Clinical Commissioners chief officers' network.",
    from: '2013-04-01', declaredOn: '2015-03-24',
  },
  {
    person: 'kevin.odonnell@example.org', type: 'non-financial-professional', organisationName: 'Healthcare Financial Management Association',
    description: 'Member of the West Midlands branch committee of the Healthcare Financial Management Association.',
    from: '2012-10-01', declaredOn: '2015-03-23',
  },
  {
    person: 'bernadette.quinn@example.org', type: 'non-financial-professional', organisationName: 'Royal College of Nursing',
    description: 'Registered nurse; member of the Royal College of Nursing.',
    from: '1994-09-01', declaredOn: '2015-03-31',
  },

  // The joint committee's GPs
  {
    person: 'aileen.mcbride@example.org', type: 'financial', category: 'outside-employment', organisation: 'M81010',
    description: 'GP partner at Bewdley Road Surgery, Kidderminster.',
    from: '2006-10-01', declaredOn: '2015-03-22',
    actionTaken: LEAVES_ROOM('Bewdley Road Surgery'),
  },
  {
    person: 'aileen.mcbride@example.org', type: 'financial', category: 'shareholdings', organisation: '09817342',
    description: 'Shareholder in Severnside GP Federation Ltd.',
    from: '2014-11-01', declaredOn: '2015-03-22',
    actionTaken: 'Excluded from discussion of, and decisions on, contracts with Severnside GP Federation Ltd.',
  },
  {
    person: 'tomasz.nowak@example.org', type: 'financial', category: 'outside-employment', organisation: 'M81020',
    description: 'GP partner at Needle Mill Surgery, Redditch.',
    from: '2012-04-01', declaredOn: '2015-03-29',
    actionTaken: LEAVES_ROOM('Needle Mill Surgery'),
  },
  {
    // Declared late: bought the shares some seventy days before telling anyone.
    person: 'tomasz.nowak@example.org', type: 'financial', category: 'shareholdings', organisation: '09817342',
    description: 'Shareholder in Severnside GP Federation Ltd (bought when Needle Mill Surgery joined the federation).',
    from: daysAgo(200), declaredOn: daysAgo(130),
    actionTaken: 'Excluded from discussion of, and decisions on, contracts with Severnside GP Federation Ltd.',
  },
  {
    person: 'harriet.ogunleye@example.org', type: 'financial', category: 'outside-employment', organisation: 'M81021',
    description: 'GP partner at Millfield Medical Practice, Bromsgrove.',
    from: '2015-01-01', declaredOn: '2015-06-10',
    actionTaken: LEAVES_ROOM('Millfield Medical Practice'),
  },
  {
    person: 'harriet.ogunleye@example.org', type: 'non-financial-professional', organisationName: 'Health Education England (West Midlands)',
    description: 'GP trainer approved by Health Education England (West Midlands).',
    from: '2014-08-01', declaredOn: '2015-06-10',
  },

  // NHS England, Healthwatch and the county council
  { person: 'graham.pollard@example.org', type: 'nil', description: 'Nothing to declare.', declaredOn: daysAgo(120) },
  {
    person: 'susan.whitfield@example.org', type: 'indirect', category: 'outside-employment', organisation: 'M81022', heldBy: 'relative',
    description: 'Brother is a GP partner at Arrow Valley Surgery, Redditch.',
    from: '2010-01-01', declaredOn: '2015-03-30',
    actionTaken: LEAVES_ROOM('Arrow Valley Surgery'),
  },
  {
    person: 'peter.hollings@example.org', type: 'financial', category: 'outside-employment', organisation: 'Healthwatch Worcestershire',
    description: 'Employed as Chief Executive of Healthwatch Worcestershire.',
    from: '2013-04-01', declaredOn: '2015-03-25',
  },
  {
    person: 'janet.morrow@example.org', type: 'financial', category: 'outside-employment', organisation: 'Worcestershire County Council',
    description: 'Elected member of Worcestershire County Council; Cabinet Member for Health and Well-being (special responsibility allowance).',
    from: '2013-05-02', declaredOn: '2015-03-26',
  },
  {
    person: 'robert.danby@example.org', type: 'financial', category: 'outside-employment', organisation: 'Worcestershire County Council',
    description: 'Employed by Worcestershire County Council as a Consultant in Public Health.',
    from: '2011-02-01', declaredOn: '2015-04-15',
  },

  // The governance lead declares too
  { person: 'governance.lead@example.org', type: 'nil', description: 'Nothing to declare.', declaredOn: daysAgo(33) },
];

// ---------------------------------------------------------------------------------------------
// Annual confirmations ("my declarations are complete and correct").
// Not confirmed within the year: Robert Danby, Dr Harriet Ogunleye. Declared nothing: Priya Raman.
// ---------------------------------------------------------------------------------------------

export const CONFIRMATIONS: ConfirmationRow[] = [
  { person: 'sam.okafor@example.org', confirmedOn: daysAgo(405) },
  { person: 'sam.okafor@example.org', confirmedOn: daysAgo(40) },
  { person: 'margaret.ellison@example.org', confirmedOn: daysAgo(30) },
  { person: 'fiona.beattie@example.org', confirmedOn: daysAgo(60) },
  { person: 'owen.pritchard@example.org', confirmedOn: daysAgo(150) },
  { person: 'simon.trevelyan@example.org', confirmedOn: daysAgo(385) },
  { person: 'simon.trevelyan@example.org', confirmedOn: daysAgo(20) },
  { person: 'alison.cartwright@example.org', confirmedOn: daysAgo(70) },
  { person: 'eleanor.whitcombe@example.org', confirmedOn: daysAgo(100) },
  { person: 'bernadette.quinn@example.org', confirmedOn: daysAgo(90) },
  { person: 'peter.hollings@example.org', confirmedOn: daysAgo(45) },
  { person: 'janet.morrow@example.org', confirmedOn: daysAgo(210) },
  { person: 'gordon.fairbairn@example.org', confirmedOn: daysAgo(260) },
  { person: 'nadia.hussain@example.org', confirmedOn: daysAgo(170) },
  { person: 'claire.ashdown@example.org', confirmedOn: daysAgo(25) },
  { person: 'aileen.mcbride@example.org', confirmedOn: daysAgo(200) },
  { person: 'andrew.pemberton@example.org', confirmedOn: daysAgo(35) },
  { person: 'judith.carrow@example.org', confirmedOn: daysAgo(190) },
  { person: 'kevin.odonnell@example.org', confirmedOn: daysAgo(130) },
  { person: 'tomasz.nowak@example.org', confirmedOn: daysAgo(310) },
  { person: 'susan.whitfield@example.org', confirmedOn: daysAgo(50) },
  { person: 'marcus.delaney@example.org', confirmedOn: '2016-04-11' },
  { person: 'harriet.ogunleye@example.org', confirmedOn: daysAgo(480) },
  { person: 'robert.danby@example.org', confirmedOn: daysAgo(430) },
  // Returns made in the declaration round that opened three weeks ago (ROUND below).
  { person: 'margaret.ellison@example.org', confirmedOn: daysAgo(10) },
  { person: 'peter.hollings@example.org', confirmedOn: daysAgo(6) },
  { person: 'claire.ashdown@example.org', confirmedOn: daysAgo(3) },
];

// ---------------------------------------------------------------------------------------------
// The declaration round in progress: opened three weeks ago, due in nine days, with the opening
// emails and the first reminder already sent. Dr Sam Okafor, the demo member, has not returned yet.
// ---------------------------------------------------------------------------------------------

export interface RoundRow {
  name: string;
  opensOn: DemoDate;
  dueOn: DemoDate;
  reminderDaysBefore: number[];
  overdueEvery: number;
  maxReminders: number;
}

export const ROUND: RoundRow = {
  name: 'Annual declarations',
  opensOn: daysAgo(21),
  dueOn: daysAgo(-9),
  reminderDaysBefore: [14, 3],
  overdueEvery: 7,
  maxReminders: 4,
};

// ---------------------------------------------------------------------------------------------
// Register of gifts and hospitality.
// ---------------------------------------------------------------------------------------------

export const GIFTS: GiftRow[] = [
  {
    person: 'aileen.mcbride@example.org', kind: 'gift', from: 'Meridian Pharma UK Ltd',
    description: 'Branded desk diary', valueGBP: 15,
    offeredOn: daysAgo(95), accepted: true, declaredOn: daysAgo(90),
  },
  {
    person: 'sam.okafor@example.org', kind: 'hospitality', fromName: 'West Midlands Primary Care Conference',
    description: 'Lunch at the West Midlands Primary Care Conference', valueGBP: 40,
    offeredOn: daysAgo(70), accepted: true, declaredOn: daysAgo(62),
  },
  {
    person: 'kevin.odonnell@example.org', kind: 'hospitality', from: 'Vale Diagnostics Ltd',
    description: 'Dinner after a product demonstration of community ultrasound services', valueGBP: 120,
    offeredOn: daysAgo(150), accepted: true, declaredOn: daysAgo(141),
  },
  {
    person: 'eleanor.whitcombe@example.org', kind: 'travel', from: 'Meridian Pharma UK Ltd',
    description: 'Return rail travel and one night in a hotel for a diabetes conference in London', valueGBP: 200,
    offeredOn: daysAgo(200), accepted: false, declaredOn: daysAgo(196),
  },
  {
    person: 'bernadette.quinn@example.org', kind: 'gift', from: 'Vale Diagnostics Ltd', cashOrVoucher: true,
    description: 'High street shopping voucher for completing a survey', valueGBP: 30,
    offeredOn: daysAgo(100), accepted: false, declaredOn: daysAgo(98),
  },
  {
    person: 'margaret.ellison@example.org', kind: 'gift', from: 'Healthwatch Worcestershire',
    description: 'Bottle of wine after speaking at the Healthwatch Worcestershire annual meeting', valueGBP: 20,
    offeredOn: daysAgo(160), accepted: true, declaredOn: daysAgo(155),
  },
  {
    // Declared some six weeks after the event.
    person: 'claire.ashdown@example.org', kind: 'hospitality', from: 'Worcestershire Acute Hospitals NHS Trust',
    description: 'Dinner at the trust staff awards evening', valueGBP: 60,
    offeredOn: daysAgo(120), accepted: true, declaredOn: daysAgo(75),
  },
  {
    person: 'andrew.pemberton@example.org', kind: 'hospitality', from: 'Vale Diagnostics Ltd',
    description: 'Two hospitality tickets to a Worcester Warriors rugby match', valueGBP: 150,
    offeredOn: daysAgo(230), accepted: false, declaredOn: daysAgo(225),
  },
  {
    person: 'fiona.beattie@example.org', kind: 'hospitality', fromName: 'NHS Clinical Commissioners',
    description: 'Conference dinner as an invited speaker on audit committees and conflicts of interest', valueGBP: 85,
    offeredOn: daysAgo(55), accepted: true, declaredOn: daysAgo(50),
    approval: { outcome: 'approved', by: 'simon.trevelyan@example.org', on: daysAgo(49), note: 'Speaking at a sector conference supports the board; the dinner is part of the invitation.' },
  },
];
