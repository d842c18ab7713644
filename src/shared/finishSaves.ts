/**
 * The sweep that finishes interrupted saves. A save commits by appending its audit event (see
 * versionedRecords.ts) and then writes the record and its history entry; if the process or the database
 * stops between the two, the event is there and the record is not. The sweep follows the chain from where
 * it last finished, and for each committed version writes whatever is missing. It runs at start-up and
 * every few seconds, in every app instance; its writes are safe to repeat.
 *
 * It leaves alone events it first saw less than SETTLE_MS ago, so it does not race the save that is
 * writing them. (Timestamps can't tell, because the demo's history is stamped on past days.)
 */
import { eventId, AuditEventModel } from '../audit/auditEvent.model';
import { auditChainHead } from '../audit/auditLog';
import { isDatabaseAvailable } from '../db/connection';
import { logger } from './logger';
import { RECORD_MODELS } from './recordModels';
import { readSetting, writeSetting } from './settings';
import { forgetUnfinishedSaves, takeFinishedHere } from './unfinishedSaves';
import { projectVersion, versionKey } from './versionedRecords';

const CHECKPOINT = 'saves-finished-through';
const SETTLE_MS = 5_000;

let finishedThrough: number | undefined;
/** Heads of the chain this process has seen, and when: the sweep goes up to one seen SETTLE_MS ago. */
let sightings: { seq: number; at: number }[] = [];

interface EventBody {
  commitKey: string;
  recordType: string;
  recordId: string;
  after: Record<string, unknown> | null;
}

/** Every save committed up to this sequence number has its record and history entry (as far as any instance knows). */
export async function savesFinishedThrough(): Promise<number> {
  return Number((await readSetting(CHECKPOINT)) ?? 0);
}

/** Writes the record and history entry of the save an event committed, if it was a versioned save. */
async function finishSave(seq: number): Promise<boolean> {
  const event = await AuditEventModel.findById(eventId(seq)).lean();
  if (!event) return false;
  const body = JSON.parse(event.body) as EventBody;
  const model = RECORD_MODELS[body.recordType];
  const version = Number(body.after?.version);
  if (!model || !body.after || body.commitKey !== versionKey(body.recordType, body.recordId, version)) return true;
  await projectVersion(model, body.recordType, body.after, event.actorId, event.at);
  return true;
}

/**
 * Finishes every save committed up to the newest head seen at least `settleMs` ago. Returns the sequence
 * number it has finished through.
 */
export async function finishInterruptedSaves(settleMs = SETTLE_MS): Promise<number> {
  const now = Date.now();
  sightings.push({ seq: (await auditChainHead()).seq, at: now });
  const settled = sightings.filter((s) => now - s.at >= settleMs);
  sightings = sightings.filter((s) => now - s.at < settleMs);
  const target = settled.at(-1)?.seq;
  finishedThrough ??= await savesFinishedThrough();
  if (target === undefined || target <= finishedThrough) return finishedThrough;
  // Keep the newest settled sighting: the next pass may not see a newer one yet.
  sightings.unshift(settled.at(-1)!);
  const from = finishedThrough;
  for (let seq = from + 1; seq <= target; seq++) {
    if (!takeFinishedHere(seq) && !(await finishSave(seq))) break;
    finishedThrough = seq;
  }
  if (finishedThrough > from) await writeSetting(CHECKPOINT, String(finishedThrough));
  return finishedThrough;
}

/** Runs the sweep now and then every `intervalMs` while the database answers. */
export function startSaveSweeper(intervalMs = 2_000): { stop: () => void } {
  let running = false;
  const tick = () => {
    if (running || !isDatabaseAvailable()) return;
    running = true;
    finishInterruptedSaves()
      .catch((error) => logger().warn(`The save sweep will try again: ${(error as Error).message}`))
      .finally(() => (running = false));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Tests empty the database between cases; the sweep starts again from the beginning of the chain. */
export function forgetSweepProgress(): void {
  finishedThrough = undefined;
  sightings = [];
  forgetUnfinishedSaves();
}
