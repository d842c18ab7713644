import { isDeepStrictEqual } from 'node:util';

interface StoredVersion {
  version: number;
  recordedAt: Date;
  state: Record<string, unknown>;
}

/**
 * Each version with a summary of what it changed ("Changed name and ODS code"), for the history table.
 * `labels` names the fields worth telling; bookkeeping fields (version, timestamps) are left out.
 */
export function describeHistory(history: StoredVersion[], labels: Record<string, string>) {
  return history.map((entry, i) => {
    if (i === 0) return { ...entry, summary: 'Created' };
    const before = history[i - 1].state;
    const changed = Object.keys(labels).filter((field) => !isDeepStrictEqual(before[field] ?? null, entry.state[field] ?? null));
    return { ...entry, summary: changed.length ? `Changed ${listInWords(changed.map((f) => labels[f]))}` : 'Saved with no changes' };
  });
}

function listInWords(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
