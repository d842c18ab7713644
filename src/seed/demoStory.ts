/**
 * Two years of the committees' work, so a newcomer sees why the register exists without typing:
 *
 * - the South Worcestershire PCCC adopts a local incentive scheme replacing QOF for every practice of
 *   the CCG (its GP and a lay member who is a practice's patient leave the room: managed), later takes
 *   a winter funding decision that would not have been quorate without its conflicted members (a
 *   breach, closed once a quorate meeting ratified it), and meets next month on an extended-hours hub
 *   to be run by the GP federation its GP holds shares in;
 * - the joint committee awards the extended-access contract to Severnside GP Federation Ltd while
 *   Dr Aileen McBride, a shareholder, votes (a breach, open) and Dr Tomasz Nowak, another, leaves;
 * - the governance lead runs a compliance check every few months, and each run is stored.
 *
 * Meetings are planned three weeks ahead (agenda and proposed decisions) and their minutes recorded
 * two days after; breaches a decision's record shows are entered when the minutes are saved.
 */
import { Types } from 'mongoose';
import type { Actor } from '../audit/auditLog';
import { enterBreachesOfDecisions, runAndStoreCheck } from '../compliance/compliance.service';
import { ConfirmationModel } from '../declarations/confirmation.model';
import { BreachModel } from '../decisions/breach.model';
import { DecisionModel } from '../decisions/decision.model';
import { MeetingModel } from '../decisions/meeting.model';
import { addDays } from '../engine/dates';
import { createVersioned, updateVersioned } from '../shared/versionedRecords';
import type { DecisionKind, ParticipationAction } from '../shared/vocabulary';
import { daysAgo, type DemoDate } from './demoRecords';
import type { Timeline } from './timeline';

export interface StoryRefs {
  day(value: DemoDate): string;
  personId(email: string): string;
  organisationId(ref: string): string;
  committeeId(name: string): string;
  actor(email: string): Actor;
  /** The people with a seat on `day`, by email. */
  seatedOn(day: string): string[];
  /** The day the register was taken on into the product. */
  takenOn: string;
}

interface DecisionRow {
  kind: DecisionKind;
  valueGBP?: number;
  /** Organisations by ODS code, Companies House number or name. */
  affects?: string[];
  /** Every GP practice of this CCG (ODS code). */
  allPracticesOf?: string;
}

interface ItemRow {
  title: string;
  decision?: DecisionRow;
  /** What members did other than vote (a present voting member with no entry voted), by email. */
  participation?: Record<string, ParticipationAction | { action: ParticipationAction; reason: string }>;
}

interface MeetingRow {
  committee: string;
  date: DemoDate;
  /** By email; none for a meeting still to come. */
  present: string[];
  items: ItemRow[];
}

const PCCC = 'South Worcestershire Primary Care Commissioning Committee';
const JOINT = 'Wyre Forest and Redditch and Bromsgrove Joint Commissioning Committee';
const SWCCG = '05T';
const FEDERATION = '09817342';

const email = (name: string) => `${name}@example.org`;
const ellison = email('margaret.ellison');
const kapoor = email('rajesh.kapoor');
const beattie = email('fiona.beattie');
const pritchard = email('owen.pritchard');
const trevelyan = email('simon.trevelyan');
const cartwright = email('alison.cartwright');
const okafor = email('sam.okafor');
const quinn = email('bernadette.quinn');
const hollings = email('peter.hollings');
const morrow = email('janet.morrow');
const pollard = email('graham.pollard');
const pemberton = email('andrew.pemberton');
const hussain = email('nadia.hussain');
const osei = email('daniel.osei');
const ashdown = email('claire.ashdown');
const odonnell = email('kevin.odonnell');
const whitfield = email('susan.whitfield');
const mcbride = email('aileen.mcbride');
const nowak = email('tomasz.nowak');
const danby = email('robert.danby');

/** The whole PCCC, and the joint committee before and after Daniel Osei joined. */
const PCCC_ALL = [ellison, kapoor, beattie, pritchard, trevelyan, cartwright, okafor, quinn, hollings, morrow, pollard];
const JOINT_EARLY = [pemberton, hussain, ashdown, odonnell, pollard, whitfield, mcbride, nowak, hollings, danby];
const JOINT_NOW = [...JOINT_EARLY, osei];

const MINUTES = { title: 'Apologies, declarations of interest and minutes of the last meeting' };

export const MEETINGS: MeetingRow[] = [
  {
    committee: PCCC, date: daysAgo(700), present: PCCC_ALL,
    items: [
      MINUTES,
      {
        title: 'Local incentive scheme 2024/25, replacing QOF for every practice',
        decision: { kind: 'local-incentive-scheme', valueGBP: 1_450_000, allPracticesOf: SWCCG },
        participation: { [okafor]: 'left-room', [pritchard]: 'did-not-vote' },
      },
    ],
  },
  {
    committee: JOINT, date: daysAgo(690), present: JOINT_EARLY,
    items: [
      MINUTES,
      {
        title: 'List dispersal: Stourside Health Centre patients to Bewdley Road Surgery',
        decision: { kind: 'contract-variation', valueGBP: 64_000, affects: ['M81012', 'M81010'] },
        participation: { [mcbride]: 'left-room' },
      },
    ],
  },
  {
    committee: PCCC, date: daysAgo(610), present: PCCC_ALL.filter((p) => p !== morrow),
    items: [
      MINUTES,
      { title: 'Minor surgery enhanced service: Kingfisher Medical Practice', decision: { kind: 'contract-award', valueGBP: 38_500, affects: ['M81003'] } },
    ],
  },
  {
    committee: JOINT, date: daysAgo(560), present: JOINT_EARLY,
    items: [
      MINUTES,
      {
        title: 'Premises improvement grant: Arrow Valley Surgery',
        decision: { kind: 'investment', valueGBP: 92_000, affects: ['M81022'] },
        participation: { [whitfield]: 'left-room' },
      },
    ],
  },
  {
    // Beattie and Cartwright sent apologies: once the GP and the Cathedral View patient left, three voted.
    committee: PCCC, date: daysAgo(480), present: [ellison, kapoor, pritchard, trevelyan, okafor, quinn, hollings],
    items: [
      MINUTES,
      {
        title: 'Winter access funding for every practice',
        decision: { kind: 'investment', valueGBP: 240_000, allPracticesOf: SWCCG },
        participation: { [okafor]: 'left-room', [pritchard]: 'left-room' },
      },
    ],
  },
  {
    committee: PCCC, date: daysAgo(430), present: PCCC_ALL,
    items: [
      MINUTES,
      {
        title: 'Ratification of the winter access funding decision',
        decision: { kind: 'investment', valueGBP: 240_000, allPracticesOf: SWCCG },
        participation: { [okafor]: 'left-room', [pritchard]: 'left-room' },
      },
    ],
  },
  {
    committee: JOINT, date: daysAgo(400), present: JOINT_EARLY,
    items: [
      MINUTES,
      {
        title: 'Minor surgery enhanced service: Needle Mill Surgery',
        decision: { kind: 'contract-award', valueGBP: 41_000, affects: ['M81020'] },
        participation: { [nowak]: 'excluded-from-discussion' },
      },
    ],
  },
  {
    committee: PCCC, date: daysAgo(300), present: PCCC_ALL.filter((p) => p !== beattie),
    items: [
      MINUTES,
      {
        title: 'Premises improvement grant: Riverside Surgery',
        decision: { kind: 'investment', valueGBP: 85_000, affects: ['M81001'] },
        participation: { [okafor]: 'excluded-from-discussion' },
      },
    ],
  },
  {
    committee: PCCC, date: daysAgo(180), present: PCCC_ALL,
    items: [
      MINUTES,
      {
        title: 'Local incentive scheme 2025/26',
        decision: { kind: 'local-incentive-scheme', valueGBP: 1_520_000, allPracticesOf: SWCCG },
        participation: { [okafor]: 'left-room', [pritchard]: 'left-room' },
      },
    ],
  },
  {
    committee: JOINT, date: daysAgo(95), present: JOINT_NOW,
    items: [
      MINUTES,
      {
        title: 'Extended access contract: Severnside GP Federation Ltd',
        decision: { kind: 'contract-award', valueGBP: 1_200_000, affects: [FEDERATION] },
        participation: {
          [mcbride]: { action: 'voted', reason: 'The chair judged her single share too small to matter and asked her to stay and vote.' },
          [nowak]: 'left-room',
        },
      },
    ],
  },
  {
    committee: PCCC, date: daysAgo(60), present: PCCC_ALL.filter((p) => p !== pollard),
    items: [
      MINUTES,
      { title: 'Community ultrasound: direct access for practices', decision: { kind: 'procurement', valueGBP: 310_000, affects: ['Vale Diagnostics Ltd'] } },
    ],
  },
  {
    // Next month's meeting: its briefing already names who must withdraw.
    committee: PCCC, date: daysAgo(-26), present: [],
    items: [
      MINUTES,
      { title: 'Extended-hours hub hosted by Severnside GP Federation Ltd', decision: { kind: 'contract-award', valueGBP: 420_000, affects: [FEDERATION] } },
      { title: 'Primary care network development funding for every practice', decision: { kind: 'investment', valueGBP: 180_000, allPracticesOf: SWCCG } },
    ],
  },
];

/** The governance lead's compliance checks, each stored with what it found. */
export const CHECK_RUNS: DemoDate[] = [daysAgo(686), daysAgo(470), daysAgo(350), daysAgo(200), daysAgo(88), daysAgo(12)];

/** Breaches the governance lead closed, by the title of the decision they arose from. */
export const CLOSED_BREACHES: { decision: string; on: DemoDate; actionTaken: string }[] = [
  {
    decision: 'Winter access funding for every practice',
    on: daysAgo(428),
    actionTaken:
      'The committee ratified the decision at its next, quorate meeting with the conflicted members withdrawn. Items affecting every practice are now checked for quorum when the agenda is set.',
  },
];

/** Everyone seated when the register was taken on confirmed their entries within the first month. */
const TAKE_ON_CONFIRMATION_DAYS = 28;

export function addDemoStory(timeline: Timeline, refs: StoryRefs): void {
  const lead = refs.actor('governance.lead@example.org');

  refs.seatedOn(refs.takenOn).forEach((person, i) => {
    const confirmedOn = addDays(refs.takenOn, 1 + (i % TAKE_ON_CONFIRMATION_DAYS));
    timeline.on(confirmedOn, (at) => createVersioned(ConfirmationModel, 'confirmation', { personId: refs.personId(person), confirmedOn, recordedAt: at }, refs.actor(person), 'created', { at }));
  });

  const decisionIds = new Map<string, string>();
  for (const row of MEETINGS) {
    const date = refs.day(row.date);
    const committeeId = refs.committeeId(row.committee);
    const meetingId = new Types.ObjectId().toHexString();
    const items = row.items.map((item, i) => {
      const decisionId = item.decision ? new Types.ObjectId().toHexString() : null;
      if (decisionId) decisionIds.set(item.title, decisionId);
      return { itemId: `item-${i + 1}`, title: item.title, decisionId, participation: [] as { personId: string; action: ParticipationAction; reason: string | null }[] };
    });
    // The agenda and its proposed decisions, three weeks ahead (or as late as five days ago for one still to come).
    const plannedOn = addDays(date, -21) < refs.day(daysAgo(5)) ? addDays(date, -21) : refs.day(daysAgo(5));
    timeline.on(plannedOn, async (at) => {
      await createVersioned(MeetingModel, 'meeting', { committeeId, date, present: [], items }, lead, 'created', { id: meetingId, at });
      for (const [i, item] of row.items.entries()) {
        if (!item.decision) continue;
        await createVersioned(
          DecisionModel,
          'decision',
          {
            committeeId,
            meetingId,
            date,
            title: item.title,
            kind: item.decision.kind,
            valueGBP: item.decision.valueGBP ?? null,
            affectedOrganisationIds: (item.decision.affects ?? []).map(refs.organisationId),
            affectsAllPracticesOf: item.decision.allPracticesOf ? refs.organisationId(item.decision.allPracticesOf) : null,
          },
          lead,
          'created',
          { id: items[i].decisionId!, at },
        );
      }
    });
    if (row.present.length === 0) continue;

    const minutedOn = addDays(date, 2);
    timeline.on(minutedOn, async (at) => {
      const minuted = items.map((item, i) => ({
        ...item,
        participation: Object.entries(row.items[i].participation ?? {}).map(([person, what]) => ({
          personId: refs.personId(person),
          ...(typeof what === 'string' ? { action: what, reason: null } : what),
        })),
      }));
      await updateVersioned(MeetingModel, 'meeting', meetingId, 1, { present: row.present.map(refs.personId), items: minuted }, lead, 'updated', { at });
      await enterBreachesOfDecisions(items.flatMap((item) => (item.decisionId ? [item.decisionId] : [])), date, lead, at);
    });
  }

  for (const ranOn of CHECK_RUNS) {
    const asAt = refs.day(ranOn);
    timeline.on(asAt, (at) => runAndStoreCheck({ asAt }, lead, at));
  }

  for (const closure of CLOSED_BREACHES) {
    timeline.on(refs.day(closure.on), async (at) => {
      const breach = await BreachModel.findOne({ decisionId: decisionIds.get(closure.decision) }).lean();
      if (!breach) throw new Error(`Demo story: no breach was entered for "${closure.decision}"`);
      await updateVersioned(BreachModel, 'breach', String(breach._id), breach.version, { status: 'closed', actionTaken: closure.actionTaken }, lead, 'closed', { at });
    });
  }
}
