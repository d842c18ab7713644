/**
 * The successor body, a block of its own: NHS Herefordshire and Worcestershire ICB took over the
 * Worcestershire CCGs' duties on 1 July 2022. Its board is checked against nhs-icb-board-2022, and
 * on purpose one requirement is unmet: an independent non-executive member stood down and the seat
 * is vacant, so the board has one non-executive besides the chair where it needs two. One board
 * member has also accepted small gifts from one supplier that together pass £50, undeclared.
 *
 * Everything the block needs is in its own tables (its organisations, people, seats,
 * declarations and gifts), which refer only to each other, so the rest of the demo can change
 * without it; demoData.ts writes them as it writes the others. The ICB and the public bodies are real; every
 * person and company is fictional.
 */
import { daysAgo, type DemoDate, type DemoTables, type GiftRow, type InterestRow, type MemberRow, type OrganisationRow, type PersonRow } from './demoRecords';

const ICB_NAME = 'NHS Herefordshire and Worcestershire ICB';
export const ICB_BOARD_NAME = 'NHS Herefordshire and Worcestershire ICB Board';

const ORGANISATIONS: OrganisationRow[] = [
  { name: ICB_NAME, kind: 'icb', ods: 'QGH', aliases: ['Herefordshire and Worcestershire ICB', 'HWICB'] },
  { name: 'Wye Valley NHS Trust', kind: 'provider', ods: 'RLQ', aliases: ['Wye Valley Trust'], supplier: true },
  { name: 'Herefordshire Council', kind: 'local-authority' },
  { name: 'Marches Medical Supplies Ltd', kind: 'company', companiesHouse: '11873042', aliases: ['Marches Medical'], supplier: true },
];

const PEOPLE: PersonRow[] = [
  { email: 'rosalind.hartley@example.org', name: 'Rosalind Hartley', jobTitle: 'Chair, NHS Herefordshire and Worcestershire ICB', role: 'member' },
  { email: 'colin.mistry@example.org', name: 'Dr Colin Mistry', jobTitle: 'Independent non-executive member and deputy chair', role: 'member' },
  { email: 'yvonne.achebe@example.org', name: 'Yvonne Achebe', jobTitle: 'Independent non-executive member, chair of the audit committee (stood down)', role: 'member' },
  { email: 'mark.ainsworth@example.org', name: 'Mark Ainsworth', jobTitle: 'Chief Executive, NHS Herefordshire and Worcestershire ICB', role: 'member' },
  { email: 'lucy.okonjo@example.org', name: 'Lucy Okonjo', jobTitle: 'Chief Finance Officer, NHS Herefordshire and Worcestershire ICB', role: 'member' },
  { email: 'hamish.reid@example.org', name: 'Dr Hamish Reid', jobTitle: 'Chief Medical Officer, NHS Herefordshire and Worcestershire ICB', role: 'member' },
  { email: 'grace.achterberg@example.org', name: 'Grace Achterberg', jobTitle: 'Chief Nursing Officer, NHS Herefordshire and Worcestershire ICB', role: 'member' },
  { email: 'paul.thistlewood@example.org', name: 'Paul Thistlewood', jobTitle: 'Partner member for NHS trusts; Director of Strategy, Wye Valley NHS Trust', role: 'member' },
  { email: 'anjali.desai@example.org', name: 'Dr Anjali Desai', jobTitle: 'Partner member for primary medical services; GP partner, Ledbury Market Surgery', role: 'member' },
  { email: 'david.hinton@example.org', name: 'Cllr David Hinton', jobTitle: 'Partner member for local authorities; Cabinet Member for Health, Herefordshire Council', role: 'member' },
];

const BOARD_START = '2022-07-01';

/** The board: an independent chair and deputy, the executive directors and the three partner members. */
const MEMBERS: MemberRow[] = [
  { person: 'rosalind.hartley@example.org', category: 'non-executive', role: 'chair', voting: true, from: BOARD_START },
  { person: 'colin.mistry@example.org', category: 'non-executive', role: 'vice-chair', voting: true, from: BOARD_START },
  // The seat that leaves the board one independent non-executive short.
  { person: 'yvonne.achebe@example.org', category: 'non-executive', role: 'member', voting: true, from: BOARD_START, to: daysAgo(45) },
  { person: 'mark.ainsworth@example.org', category: 'executive', role: 'member', voting: true, office: 'chief-executive', from: BOARD_START },
  { person: 'lucy.okonjo@example.org', category: 'executive', role: 'member', voting: true, office: 'finance-director', from: BOARD_START },
  { person: 'hamish.reid@example.org', category: 'executive', role: 'member', voting: true, office: 'medical-director', from: BOARD_START },
  { person: 'grace.achterberg@example.org', category: 'executive', role: 'member', voting: true, office: 'nursing-director', from: BOARD_START },
  { person: 'paul.thistlewood@example.org', category: 'partner-member', role: 'member', voting: true, office: 'partner-member-trust', from: BOARD_START },
  { person: 'anjali.desai@example.org', category: 'partner-member', role: 'member', voting: true, office: 'partner-member-primary-care', from: BOARD_START },
  { person: 'david.hinton@example.org', category: 'partner-member', role: 'member', voting: true, office: 'partner-member-local-authority', from: BOARD_START },
];

const nil = (person: string, declaredOn: DemoDate): InterestRow => ({ person, type: 'nil', description: 'No interests to declare', declaredOn });

const INTERESTS: InterestRow[] = [
  nil('rosalind.hartley@example.org', daysAgo(150)),
  nil('colin.mistry@example.org', daysAgo(150)),
  nil('yvonne.achebe@example.org', daysAgo(300)),
  nil('mark.ainsworth@example.org', daysAgo(150)),
  nil('lucy.okonjo@example.org', daysAgo(150)),
  {
    person: 'hamish.reid@example.org',
    type: 'non-financial-professional',
    category: 'outside-employment',
    organisation: 'RLQ',
    description: 'Honorary consultant physician, Wye Valley NHS Trust',
    from: '2019-09-01',
    declaredOn: daysAgo(150),
    actionTaken: 'Takes no part in decisions on contracts with Wye Valley NHS Trust',
  },
  nil('grace.achterberg@example.org', daysAgo(150)),
  {
    person: 'paul.thistlewood@example.org',
    type: 'financial',
    category: 'outside-employment',
    organisation: 'RLQ',
    description: 'Director of Strategy, Wye Valley NHS Trust',
    from: '2020-02-01',
    declaredOn: daysAgo(150),
    actionTaken: 'Leaves the room for decisions on contracts with Wye Valley NHS Trust',
  },
  {
    person: 'anjali.desai@example.org',
    type: 'financial',
    category: 'outside-employment',
    organisationName: 'Ledbury Market Surgery',
    description: 'GP partner, Ledbury Market Surgery',
    from: '2014-04-01',
    declaredOn: daysAgo(150),
    actionTaken: 'Leaves the room for decisions on primary medical services contracts in Herefordshire',
  },
  nil('david.hinton@example.org', daysAgo(150)),
];

/** Three small gifts from one supplier, each well under £50, together over it and never declared. */
const GIFTS: GiftRow[] = [
  { person: 'lucy.okonjo@example.org', kind: 'gift', from: '11873042', description: 'Conference bag and notebook', valueGBP: 20, offeredOn: daysAgo(200), accepted: true, declaredOn: null },
  { person: 'lucy.okonjo@example.org', kind: 'gift', from: '11873042', description: 'Bottle of wine', valueGBP: 18, offeredOn: daysAgo(120), accepted: true, declaredOn: null },
  { person: 'lucy.okonjo@example.org', kind: 'gift', from: '11873042', description: 'Box of chocolates', valueGBP: 15, offeredOn: daysAgo(60), accepted: true, declaredOn: null },
];

export const ICB_TABLES: DemoTables = {
  // The board was added to the register some months before the demo is loaded.
  takenOn: daysAgo(160),
  organisations: ORGANISATIONS,
  people: PEOPLE,
  committees: [
    {
      name: ICB_BOARD_NAME,
      organisations: ['QGH'],
      type: 'governing-body',
      commissioningLevel: null,
      rulePack: 'nhs-icb-board-2022',
      members: MEMBERS,
    },
  ],
  interests: INTERESTS,
  confirmations: PEOPLE.map(({ email }) => ({ person: email, confirmedOn: daysAgo(90) })),
  gifts: GIFTS,
};
