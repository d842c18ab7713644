/**
 * The demo's history, written in the order it happened and stamped on its day, so record versions and
 * audit events carry those dates: a register exported as at a past day shows what stood then, and the
 * audit trail reads forwards in time.
 */
type Write = (at: Date) => Promise<unknown>;

/** Steps on one day are this far apart, in the order they were added. */
const STEP_MS = 10_000;

export class Timeline {
  private readonly steps: { day: string; order: number; write: Write }[] = [];

  /** Something that happened on `day` (YYYY-MM-DD), written when the timeline runs. */
  on(day: string, write: Write): void {
    this.steps.push({ day, order: this.steps.length, write });
  }

  /** Writes every step, earliest day first; a day's steps start at 09:00 UTC, in the order they were added. */
  async run(): Promise<void> {
    const ordered = [...this.steps].sort((a, b) => a.day.localeCompare(b.day) || a.order - b.order);
    let day = '';
    let n = 0;
    for (const step of ordered) {
      n = step.day === day ? n + 1 : 0;
      day = step.day;
      await step.write(new Date(Date.parse(`${step.day}T09:00:00Z`) + n * STEP_MS));
    }
  }
}
