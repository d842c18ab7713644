/**
 * A seeded, deterministic generator of a large, realistic governance body for
 * benchmarks: CCGs with their GP practices, providers and suppliers, committees of
 * mostly well-constituted members, integrated care boards' boards (offices, partner
 * members, a majority-of-members quorum), ten declarations a person, gifts with
 * clusters of small gifts from one source, meetings and decisions paying up to 50
 * organisations, with a sprinkling of every kind of breach. The same seed and options
 * always give the same snapshot.
 */
import { addDays } from '../../src/engine/dates';
import type {
  Committee,
  Decision,
  Declaration,
  GiftOrHospitality,
  IsoDate,
  Meeting,
  MemberCategory,
  Membership,
  Organisation,
  Participation,
  Person,
  Snapshot,
} from '../../src/engine/types';

export interface BodyOptions {
  seed?: number;
  /** 1 is the full benchmark body; 0.5 halves every list. */
  scale?: number;
  /** Leave out meetings and decisions (a register-and-gifts body). */
  withMeetings?: boolean;
}

/** Full-size counts, multiplied by `scale`. */
export const FULL_SIZE = {
  committees: 300,
  /** England has 42 integrated care boards. */
  icbBoards: 42,
  /** People given several small gifts by one source in the year before asAt. */
  giftClusters: 2000,
  people: 6000,
  declarations: 60000,
  gifts: 20000,
  meetings: 2000,
  decisions: 20000,
  ccgs: 40,
  practicesPerCcg: 40,
  providers: 300,
  companies: 1000,
  maxAffected: 50,
};

export const BENCH_AS_AT = '2015-06-30';
const EPOCH = '2005-01-01';
const SPAN_DAYS = 3833; // EPOCH to asAt

/** mulberry32: small, fast and good enough to vary a benchmark body. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    chance: (p: number) => next() < p,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    day: (from: IsoDate, days: number): IsoDate => addDays(from, int(0, days)),
  };
}

const FIRST = ['Ann', 'Ben', 'Cara', 'Dan', 'Eve', 'Finn', 'Gina', 'Hari', 'Isla', 'Jon', 'Kate', 'Liam', 'Mia', 'Nia', 'Omar', 'Priya'];
const LAST = ['Smith', 'Jones', 'Patel', 'Brown', 'Taylor', 'Wilson', 'Khan', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright'];
const PLACES = ['Riverside', 'Malvern', 'Bredon', 'Pershore', 'Evesham', 'Droitwich', 'Upton', 'Tenbury', 'Hallow', 'Kempsey', 'Broadway', 'Ombersley'];
const PRACTICE_SUFFIXES = ['Surgery', 'Medical Centre', 'Practice', 'Health Centre'];

export function generateBody({ seed = 20150630, scale = 1, withMeetings = true }: BodyOptions = {}): Snapshot {
  const r = seeded(seed);
  const n = (count: number) => Math.max(1, Math.round(count * scale));

  // Organisations: CCGs and their practices, providers, companies (a third supply the body), and the standing seats.
  const organisations: Organisation[] = [];
  const ccgs: Organisation[] = [];
  const practices: Organisation[] = [];
  for (let c = 0; c < n(FULL_SIZE.ccgs); c++) {
    const ccg: Organisation = { id: `ccg-${c}`, name: `NHS ${r.pick(PLACES)} ${c} CCG`, kind: 'ccg', odsCode: `0${c}X` };
    ccgs.push(ccg);
    for (let p = 0; p < FULL_SIZE.practicesPerCcg; p++) {
      practices.push({ id: `pr-${c}-${p}`, name: `${r.pick(PLACES)} ${c}-${p} ${r.pick(PRACTICE_SUFFIXES)}`, kind: 'gp-practice', odsCode: `M${c}${p}`, memberOfId: ccg.id });
    }
  }
  const providers: Organisation[] = Array.from({ length: n(FULL_SIZE.providers) }, (_, i) => ({ id: `pv-${i}`, name: `${r.pick(PLACES)} Community Services ${i} NHS Trust`, kind: 'provider' }));
  const companies: Organisation[] = Array.from({ length: n(FULL_SIZE.companies) }, (_, i) => ({
    id: `co-${i}`,
    name: `${r.pick(LAST)} Healthcare ${i} Ltd`,
    kind: 'company',
    supplier: r.chance(0.3),
    aliases: r.chance(0.2) ? [`${r.pick(LAST)} Health ${i}`] : [],
  }));
  organisations.push(...ccgs, ...practices, ...providers, ...companies, { id: 'nhse', name: 'NHS England', kind: 'nhs-england' });
  const payable = [...practices, ...providers];

  const people: Person[] = Array.from({ length: n(FULL_SIZE.people) }, (_, i) => ({ id: `p-${i}`, name: `${r.pick(FIRST)} ${r.pick(LAST)} ${i}` }));
  /** A GP member's own practice, so decisions paying it make real conflicts. */
  const practiceOf = new Map<string, Organisation>();

  // Committees: a mostly compliant PCCC shape, with a few of each constitutional breach.
  const committees: Committee[] = [];
  const memberPool = people.slice(0, Math.floor(people.length / 2));
  let nextMember = 0;
  const seat = (category: MemberCategory, role: Membership['role'], voting: boolean): Membership => {
    const person = memberPool[nextMember++ % memberPool.length];
    const from = r.day('2012-01-01', 1200);
    const to = r.chance(0.05) ? r.day(from, 400) : null;
    return { personId: person.id, category, role, voting, from, to };
  };
  for (let c = 0; c < n(FULL_SIZE.committees); c++) {
    const ccg = ccgs[c % ccgs.length];
    // A lay-majority committee (the South Worcestershire model) has more lay members and one GP.
    const layMajority = r.chance(0.3);
    const members: Membership[] = [
      seat(r.chance(0.95) ? 'lay' : 'gp', 'chair', true),
      ...(r.chance(0.92) ? [seat(r.chance(0.95) ? 'lay' : 'executive', 'vice-chair', true)] : []),
      ...Array.from({ length: layMajority ? r.int(4, 5) : r.int(1, 3) }, () => seat('lay', 'member', true)),
      ...Array.from({ length: r.int(2, 3) }, () => seat('executive', 'member', true)),
      ...Array.from({ length: layMajority ? (r.chance(0.9) ? 1 : 2) : r.int(1, 3) }, () => seat('gp', 'member', true)),
      ...(r.chance(0.3) ? [seat('nurse', 'member', true)] : []),
      ...(r.chance(0.3) ? [seat('nhs-england', 'member', true)] : []),
      ...(r.chance(0.9) ? [seat('healthwatch', 'member', r.chance(0.05))] : []),
      ...(r.chance(0.85) ? [seat('local-authority', 'member', r.chance(0.05))] : []),
      seat('officer', 'attendee', false),
    ];
    const ccgPractices = practices.slice((c % ccgs.length) * FULL_SIZE.practicesPerCcg, ((c % ccgs.length) + 1) * FULL_SIZE.practicesPerCcg);
    for (const m of members) if (m.category === 'gp') practiceOf.set(m.personId, r.pick(ccgPractices));
    committees.push({
      id: `c-${c}`,
      name: `${ccg.name} Primary Care Commissioning Committee ${c}`,
      organisationIds: [ccg.id],
      type: 'primary-care-commissioning',
      commissioningLevel: r.pick(['delegated', 'joint'] as const),
      rulePack: layMajority ? 'nhs-pccc-lay-majority' : 'nhs-pccc-2017',
      quorum: r.chance(0.1) ? { minimumVoting: 5 } : null,
      members,
    });
  }

  committees.push(...icbBoards(r, n(FULL_SIZE.icbBoards), seat, organisations, practices, practiceOf));

  const firstJoined = new Map<string, IsoDate>();
  for (const m of committees.flatMap((c) => c.members)) {
    const earliest = firstJoined.get(m.personId);
    if (earliest === undefined || m.from < earliest) firstJoined.set(m.personId, m.from);
  }

  // Declarations: about ten a person; GPs declare their practice; some free-text names, some nil;
  // one in ten declared late, judged from the later of the interest's start and joining.
  const declarations: Declaration[] = [];
  const total = n(FULL_SIZE.declarations);
  const neverDeclare = new Set(people.filter(() => r.chance(0.01)).map((p) => p.id));
  for (let i = 0; i < total; i++) {
    const person = people[i % people.length];
    if (neverDeclare.has(person.id)) continue;
    const own = practiceOf.get(person.id);
    const kind = r.int(0, 9);
    const from = kind === 1 && own ? EPOCH : r.day(EPOCH, SPAN_DAYS - 60);
    const joined = firstJoined.get(person.id) ?? from;
    const due = joined > from ? joined : from;
    const declaredOn = addDays(due, r.chance(0.9) ? r.int(0, 28) : r.int(29, 200));
    const base = { id: `d-${i}`, personId: person.id, description: 'Interest', declaredOn: declaredOn > BENCH_AS_AT ? BENCH_AS_AT : declaredOn };
    if (kind === 0) {
      declarations.push({ ...base, type: 'nil', from: null, to: null, description: 'Nothing to declare' });
    } else if (kind === 1 && own) {
      declarations.push({ ...base, type: 'financial', organisationId: own.id, description: `Partner at ${own.name}`, heldBy: 'self', from, to: null });
    } else if (kind === 2) {
      const org = r.pick(r.chance(0.5) ? companies : payable);
      declarations.push({ ...base, type: 'indirect', organisationId: org.id, heldBy: r.pick(['spouse-or-partner', 'relative', 'friend'] as const), from, to: r.chance(0.2) ? r.day(from, 900) : null });
    } else if (kind === 3) {
      // Free text, sometimes a normalisation variant of a real practice's name.
      const org = r.pick(practices);
      declarations.push({ ...base, type: 'non-financial-professional', organisationName: r.chance(0.5) ? `The ${org.name.toUpperCase()} Ltd` : `${r.pick(PLACES)} Society`, heldBy: 'self', from, to: null });
    } else {
      const org = r.pick(r.chance(0.8) ? companies : payable);
      declarations.push({ ...base, type: r.pick(['financial', 'non-financial-personal', 'non-financial-professional'] as const), organisationId: org.id, heldBy: 'self', from, to: r.chance(0.3) ? r.day(from, 1500) : null });
    }
  }
  for (const d of declarations) if (d.to != null && d.from != null && d.to < d.from) d.to = d.from;

  const confirmations = people.filter(() => r.chance(0.5)).map((p) => ({ personId: p.id, confirmedOn: r.day('2014-03-01', 480) }));

  const gifts: GiftOrHospitality[] = Array.from({ length: n(FULL_SIZE.gifts) }, (_, i) => {
    const kind = r.pick(['gift', 'gift', 'hospitality', 'hospitality', 'travel'] as const);
    const offeredOn = r.day('2013-01-01', 900);
    return {
      id: `g-${i}`,
      personId: r.pick(people).id,
      kind,
      fromOrganisationId: r.chance(0.9) ? r.pick(companies).id : null,
      fromName: null,
      description: kind === 'gift' ? 'Gift' : 'Dinner',
      valueGBP: r.pick([3, 5, 10, 20, 30, 45, 60, 80, 120, 250]),
      cashOrVoucher: r.chance(0.01),
      offeredOn,
      accepted: r.chance(0.8),
      declaredOn: r.chance(0.85) ? addDays(offeredOn, r.int(0, 35)) : null,
      approvedBy: r.chance(0.5) ? r.pick(people).id : null,
    };
  });

  gifts.push(...giftClusters(r, n(FULL_SIZE.giftClusters), people, companies, gifts.length));

  const meetings: Meeting[] = [];
  const decisions: Decision[] = [];
  if (withMeetings) {
    const meetingCount = n(FULL_SIZE.meetings);
    const perMeeting = Math.round(FULL_SIZE.decisions / FULL_SIZE.meetings);
    for (let m = 0; m < meetingCount; m++) {
      const committee = committees[m % committees.length];
      const date = r.day('2014-07-01', 364);
      const present = committee.members.filter(() => r.chance(0.8)).map((member) => member.personId);
      const items: Meeting['items'] = [{ id: `m-${m}-0`, title: 'Declarations of interest', participation: [] }];
      for (let d = 0; d < perMeeting; d++) {
        const id = `dec-${m}-${d}`;
        const allPractices = r.chance(0.1);
        const affected = Array.from({ length: allPractices ? 0 : r.int(1, FULL_SIZE.maxAffected) }, () => r.pick(payable).id);
        decisions.push({
          id,
          committeeId: committee.id,
          meetingId: `m-${m}`,
          date,
          title: `Decision ${m}-${d}`,
          kind: allPractices ? 'local-incentive-scheme' : r.pick(['contract-award', 'contract-variation', 'procurement', 'investment'] as const),
          valueGBP: r.int(10, 5000) * 1000,
          affectedOrganisationIds: [...new Set(affected)],
          affectsAllPracticesOf: allPractices ? committee.organisationIds[0] : null,
        });
        // GPs (and ICB partner members for primary care) usually leave the room for decisions; a few stay and vote.
        const participation: Participation[] = committee.members
          .filter((member) => practiceOf.has(member.personId) && present.includes(member.personId) && r.chance(0.85))
          .map((member) => ({ personId: member.personId, action: r.pick(['left-room', 'left-room', 'did-not-vote', 'abstained'] as const) }));
        items.push({ id: `m-${m}-${d + 1}`, title: `Item ${d + 1}`, decisionId: id, participation });
      }
      meetings.push({ id: `m-${m}`, committeeId: committee.id, date, present, items });
    }
  }

  return {
    snapshotVersion: 1,
    asAt: BENCH_AS_AT,
    organisations,
    people,
    committees,
    declarations,
    confirmations,
    giftsAndHospitality: gifts,
    meetings,
    decisions,
  };
}

type Random = ReturnType<typeof seeded>;
const EXECUTIVE_OFFICES = ['chief-executive', 'finance-director', 'medical-director', 'nursing-director'];
const PARTNER_OFFICES = ['partner-member-trust', 'partner-member-primary-care', 'partner-member-local-authority'];

/**
 * Integrated care boards and their boards on nhs-icb-board-2022: an independent chair and deputy, two to
 * four more non-executives, the four executive directors and the three partner members, mostly complete;
 * a few boards are a non-executive or an office short. The primary care partner member is a GP partner.
 */
function icbBoards(
  r: Random,
  count: number,
  seat: (category: MemberCategory, role: Membership['role'], voting: boolean) => Membership,
  organisations: Organisation[],
  practices: readonly Organisation[],
  practiceOf: Map<string, Organisation>,
): Committee[] {
  const boards: Committee[] = [];
  for (let i = 0; i < count; i++) {
    const icb: Organisation = { id: `icb-${i}`, name: `NHS ${r.pick(PLACES)} ${i} Integrated Care Board`, kind: 'icb', odsCode: `Q${i}X` };
    organisations.push(icb);
    const office = (member: Membership, name: string): Membership => ({ ...member, office: name });
    const members: Membership[] = [
      seat('non-executive', 'chair', true),
      seat('non-executive', 'vice-chair', true),
      ...Array.from({ length: r.chance(0.1) ? 0 : r.int(1, 3) }, () => seat('non-executive', 'member', true)),
      ...EXECUTIVE_OFFICES.filter(() => r.chance(0.97)).map((name) => office(seat('executive', 'member', true), name)),
      ...PARTNER_OFFICES.filter(() => r.chance(0.97)).map((name) => office(seat('partner-member', 'member', true), name)),
      seat('officer', 'attendee', false),
    ];
    const primaryCare = members.find((m) => m.office === 'partner-member-primary-care');
    if (primaryCare) practiceOf.set(primaryCare.personId, r.pick(practices));
    boards.push({ id: `icb-board-${i}`, name: `${icb.name} Board`, organisationIds: [icb.id], type: 'governing-body', commissioningLevel: null, rulePack: 'nhs-icb-board-2022', quorum: null, members });
  }
  return boards;
}

/**
 * People given several small gifts by one company in the year before asAt: each worth under £50, together
 * often over it, some declared and some not; a third name the giver in words, spelt in ways that normalise alike.
 */
function giftClusters(r: Random, count: number, people: readonly Person[], companies: readonly Organisation[], firstId: number): GiftOrHospitality[] {
  const gifts: GiftOrHospitality[] = [];
  for (let c = 0; c < count; c++) {
    const person = r.pick(people);
    const company = r.pick(companies);
    const inWords = r.chance(0.33);
    const size = r.int(2, 6);
    for (let g = 0; g < size; g++) {
      const offeredOn = r.day('2014-07-01', 364);
      gifts.push({
        id: `g-${firstId + gifts.length}`,
        personId: person.id,
        kind: 'gift',
        fromOrganisationId: inWords ? null : company.id,
        fromName: inWords ? r.pick([company.name, company.name.toUpperCase(), company.name.replace(' Ltd', ' Limited')]) : null,
        description: 'Small gift',
        valueGBP: r.pick([5, 10, 15, 20, 25, 30]),
        cashOrVoucher: false,
        offeredOn,
        accepted: r.chance(0.9),
        declaredOn: r.chance(0.5) ? addDays(offeredOn, r.int(0, 40)) : null,
        approvedBy: null,
      });
    }
  }
  return gifts;
}
