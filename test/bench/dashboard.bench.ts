/**
 * Dashboard and briefing benchmark on the embedded database (not a mocha test), run by engine.bench
 * (`npm run bench:engine`) in a process of its own: `node dist/test/bench/dashboard.bench.js`.
 *
 * Loads the full generated body (6,000 people) into a throwaway FerretDB, started as the test suite
 * starts it, then times what the app does through its public services: the compliance dashboard's
 * check (checkRegister, which GET /api/compliance answers with and a dashboard run starts from) first
 * after start-up and again after one declaration is ended through the declarations service, so the
 * audit trail records it; then the conflicts briefing of one meeting (meetingBriefing), each time the first
 * after another declaration is ended; recording what members did on a decision, which enters its breaches;
 * and the preview of a new seat's effect on its committee's constitution.
 * Each measurement is bounded: one slower than LIMIT_MS is reported as such and the rest are skipped.
 */
import type { Actor } from '../../src/audit/auditLog';
import { MembershipModel } from '../../src/committees/membership.model';
import { previewSeat } from '../../src/committees/memberships.service';
import { checkRegister } from '../../src/compliance/compliance.service';
import { meetingBriefing } from '../../src/decisions/briefing.service';
import { MeetingModel } from '../../src/decisions/meeting.model';
import { recordParticipation } from '../../src/decisions/meetings.service';
import { endInterest } from '../../src/declarations/declarations.service';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { PersonModel } from '../../src/people/person.model';
import { connectTestDatabase, stopTestDatabase } from '../support/database';
import { BENCH_AS_AT, generateBody } from './generateBody';
import { loadBody } from './loadBody';
import { median, ms, ratio, targetTable, timedAsync, within, type TargetRow } from './measure';

const TARGETS = { checkAfterChangeMs: 2000, briefingMs: 300 };
/** Long enough for today's full read of the database on a busy machine; short enough to keep the run bounded. */
const LIMIT_MS = 180_000;
const BRIEFING_RUNS = 3;

/** Times `work`, or reports it as over the limit. */
async function bounded<T>(work: () => Promise<T>): Promise<{ value: T; ms: number } | undefined> {
  const result = await within(LIMIT_MS, timedAsync(work));
  return result && { value: result[0], ms: result[1] };
}

const overLimit = `over ${LIMIT_MS / 1000} s (stopped waiting)`;

/** Adds a row to `rows` as each measurement ends, so the rows so far survive a failure. */
async function measure(rows: TargetRow[]): Promise<void> {
  const [counts, loadMs] = await timedAsync(() => loadBody(generateBody()));
  const documents = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`Loaded the benchmark body: ${documents.toLocaleString('en-GB')} documents in ${ms(loadMs)} (not timed against any target)`);

  const first = await bounded(() => checkRegister({ asAt: BENCH_AS_AT }));
  rows.push({ measure: 'dashboard check, first after start-up', figure: first ? ms(first.ms) : overLimit, target: '', ratio: '' });
  if (!first) return;

  await endAnInterest();

  const second = await bounded(() => checkRegister({ asAt: BENCH_AS_AT }));
  rows.push({
    measure: 'dashboard check, after one declaration changes',
    figure: second ? ms(second.ms) : overLimit,
    target: `< ${ms(TARGETS.checkAfterChangeMs)}`,
    ratio: second ? ratio(second.ms, TARGETS.checkAfterChangeMs) : '',
    pass: second !== undefined && second.ms < TARGETS.checkAfterChangeMs,
  });
  if (!second) return;
  const changed = second.value.findings.length - first.value.findings.length;
  console.log(`Findings: ${first.value.findings.length.toLocaleString('en-GB')} at first, ${changed >= 0 ? '+' : ''}${changed} after the change`);

  // A meeting that took a decision, so the briefing has conflicts to look for. Each briefing is the first after
  // a save, as when a lead opens it just after a member declares: a briefing kept from before costs nothing.
  const meeting = await MeetingModel.findOne({ 'items.decisionId': { $ne: null } }, { _id: 1 }).lean();
  if (!meeting) throw new Error('the benchmark body has no meeting with a decision');
  const runs: number[] = [];
  while (runs.length < BRIEFING_RUNS) {
    await endAnInterest();
    const briefing = await bounded(() => meetingBriefing(String(meeting._id)));
    if (!briefing) break;
    runs.push(briefing.ms);
    // One that reads the whole register would add minutes, and fail anyway.
    if (briefing.ms > 10 * TARGETS.briefingMs) break;
  }
  const briefingMs = runs.length === BRIEFING_RUNS ? median(runs) : undefined;
  rows.push({
    measure: `meeting briefing, each the first after a save, median of ${BRIEFING_RUNS}`,
    figure: briefingMs === undefined ? (runs.length > 0 ? `${ms(runs[runs.length - 1])} (not repeated)` : overLimit) : `${ms(briefingMs)} (runs: ${runs.map((t) => t.toFixed(0)).join(', ')} ms)`,
    target: `< ${ms(TARGETS.briefingMs)}`,
    ratio: briefingMs === undefined ? '' : ratio(briefingMs, TARGETS.briefingMs),
    pass: briefingMs !== undefined && briefingMs < TARGETS.briefingMs,
  });

  // A save whose breaches are entered at once: what each member present did on a decision (here, nothing recorded).
  const withItem = await MeetingModel.findById(meeting._id).lean();
  const item = withItem?.items.find((i) => i.decisionId);
  if (!withItem || !item) throw new Error('the meeting has no decision item');
  const lead: Actor = { personId: 'bench', name: 'Benchmark lead', role: 'governance-lead' };
  const recorded = await bounded(() => recordParticipation(String(meeting._id), item.itemId, { version: withItem.version, participation: [] }, lead));
  rows.push({ measure: 'recording who did what on a decision, with its breaches entered', figure: recorded ? ms(recorded.ms) : overLimit, target: '', ratio: '' });

  // The warning a lead sees before adding a seat: the committee's constitution with the seat and without it.
  const seat = await MembershipModel.findOne({ to: null }, { committeeId: 1 }).lean();
  if (!seat) throw new Error('the benchmark body has no open seat');
  const seated = new Set((await MembershipModel.find({ committeeId: seat.committeeId }, { personId: 1 }).lean()).map((m) => m.personId));
  const newcomer = (await PersonModel.find({}, { _id: 1 }).limit(1000).lean()).find((person) => !seated.has(String(person._id)));
  if (!newcomer) throw new Error('the benchmark body has nobody without a seat on the committee');
  const preview = await bounded(() => previewSeat('add', seat.committeeId, { personId: String(newcomer._id), category: 'lay', role: 'member', voting: true, from: BENCH_AS_AT }, BENCH_AS_AT));
  rows.push({ measure: 'preview of a new seat\'s effect on the constitution', figure: preview ? ms(preview.ms) : overLimit, target: '', ratio: '' });
}

/** One member ends one of their open interests, as the declarations page does, so the audit trail records it; untimed. */
async function endAnInterest(): Promise<void> {
  const declaration = await DeclarationModel.findOne({ to: null, type: 'financial', from: { $lte: BENCH_AS_AT } }, { personId: 1, version: 1 }).lean();
  if (!declaration) throw new Error('the benchmark body has no open financial interest to end');
  const member = { id: declaration.personId, name: 'Benchmark member', email: 'member@bench.invalid', role: 'member' as const };
  const actor: Actor = { personId: member.id, name: member.name, role: member.role };
  await endInterest(member, String(declaration._id), { to: BENCH_AS_AT, version: declaration.version }, actor);
}

async function main(): Promise<void> {
  await connectTestDatabase();
  const rows: TargetRow[] = [];
  let stopped: string | undefined;
  try {
    await measure(rows);
  } catch (error) {
    // On a machine busy enough, the driver can give up on the database mid-read: report it with the rows so far.
    stopped = error instanceof Error ? error.message : String(error);
  } finally {
    // A measurement over the limit is still running: stop the database under it rather than wait.
    await within(10_000, stopTestDatabase());
  }
  console.log(`\n${targetTable('The app on the embedded database: the 6,000-person body, through its services', rows)}\n`);
  if (stopped) console.log(`Stopped early: ${stopped}\n`);
  process.exitCode = !stopped && rows.every((row) => row.pass !== false) && rows.some((row) => row.pass !== undefined) ? 0 : 1;
}

main().then(
  // Work left running past its limit would hold the process open.
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
