/**
 * Export benchmark (not a mocha test): `node dist/test/bench/export.bench.js`.
 *
 * Exports 100,000 declarations of the seeded benchmark body (generateBody) as the register of
 * interests, to CSV and to XLSX, through the row builder and streaming writers the app uses. The body
 * is generated once and written to a folder as the records the database would hold: the people,
 * organisations and committees the register looks names up in, and the declarations one per line.
 * Each format then runs in its own child process that streams the declarations from that file, as the
 * app streams them from the database, so the peak memory measured is the export's own.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Snapshot } from '../../src/engine';
import { interestsRegister } from '../../src/registers/interests';
import { loadLookups } from '../../src/registers/lookups';
import { iterate, type RecordSource, type RecordType, type StoredRecord } from '../../src/registers/recordSource';
import { NO_FILTERS } from '../../src/registers/register';
import { writeCsv } from '../../src/registers/writers/csv';
import { folderTarget, writeFile } from '../../src/registers/writers/fileTarget';
import { writeXlsx } from '../../src/registers/writers/xlsx';
import { BENCH_AS_AT, FULL_SIZE, generateBody } from './generateBody';

const DECLARATIONS = 100_000;
const FORMATS = ['csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
const TARGETS = { csvRowsPerSecond: 50_000, peakMB: 250 };

interface Measurement {
  format: Format;
  rows: number;
  seconds: number;
  bytes: number;
  peakSampledRssMB: number;
  maxRssMB: number;
}

type StoredRecords = { [K in RecordType]?: StoredRecord<K>[] };

/** Writes the generated body as stored records: the small lists as JSON, the declarations one per line. */
function writeBody(folder: string): void {
  const scale = (DECLARATIONS / FULL_SIZE.declarations) * 1.05; // a few people never declare
  const body: Snapshot = generateBody({ scale, withMeetings: false });
  const declarations = body.declarations.slice(0, DECLARATIONS);
  if (declarations.length !== DECLARATIONS) throw new Error(`generated ${declarations.length} declarations, not ${DECLARATIONS}`);
  const stored = (id: string) => ({ _id: id, version: 1 });
  const lists = {
    organisation: body.organisations.map((o) => ({ ...stored(o.id), ...o })),
    person: body.people.map((p) => ({ ...stored(p.id), ...p })),
    committee: body.committees.map((c) => ({ ...stored(c.id), ...c })),
    membership: body.committees.flatMap((c) => c.members.map((m, i) => ({ ...stored(`${c.id}-${i}`), committeeId: c.id, ...m }))),
  };
  fs.writeFileSync(path.join(folder, 'lists.json'), JSON.stringify(lists));
  fs.writeFileSync(path.join(folder, 'declarations.ndjson'), declarations.map((d) => JSON.stringify({ ...stored(d.id), actionTaken: null, withheldReason: null, ...d })).join('\n'));
}

/** The lines of a file, read a chunk at a time as they are asked for, as a database cursor reads batches. */
async function* linesOf(file: string): AsyncGenerator<string> {
  let partial = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    yield* lines;
  }
  if (partial) yield partial;
}

/** The written body as a record source: the declarations are read and parsed one line at a time. */
function fileSource(folder: string): RecordSource {
  const lists = JSON.parse(fs.readFileSync(path.join(folder, 'lists.json'), 'utf8')) as StoredRecords;
  async function* declarations() {
    for await (const line of linesOf(path.join(folder, 'declarations.ndjson'))) yield JSON.parse(line) as StoredRecord<'declaration'>;
  }
  return {
    each: <K extends RecordType>(type: K) => (type === 'declaration' ? declarations() : iterate(lists[type] ?? [])) as AsyncIterable<StoredRecord<K>>,
    confirmations: () => iterate([]),
  };
}

async function measure(format: Format, folder: string): Promise<Measurement> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20).unref();
  const start = performance.now();

  const source = fileSource(folder);
  const lookups = await loadLookups(source, BENCH_AS_AT);
  const rows = interestsRegister.rows({ asAt: BENCH_AS_AT, source, lookups, filters: NO_FILTERS, tally: { withheld: 0 } });
  const { file, result } = await writeFile(folderTarget(folder), `interests.${format}`, (out) =>
    format === 'csv'
      ? writeCsv(out, interestsRegister.columns, rows)
      : writeXlsx(out, [['Export', 'Benchmark']], [{ name: interestsRegister.sheetName, columns: interestsRegister.columns, rows }]).then(([count]) => count),
  );

  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  return {
    format,
    rows: result,
    seconds,
    bytes: file.bytes,
    peakSampledRssMB: Math.max(peakRss, process.memoryUsage().rss) / 2 ** 20,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

function runChild(format: Format, folder: string): Measurement {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', format, folder], { encoding: 'utf8', maxBuffer: 2 ** 24 });
  if (child.status !== 0) throw new Error(`benchmark child failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as Measurement;
}

async function main(): Promise<void> {
  const childIndex = process.argv.indexOf('--child');
  if (childIndex !== -1) {
    process.stdout.write(JSON.stringify(await measure(process.argv[childIndex + 1] as Format, process.argv[childIndex + 2])));
    return;
  }
  console.log(`Export benchmark: node ${process.version}, ${DECLARATIONS.toLocaleString('en-GB')} declarations as the register of interests\n`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coi-export-bench-'));
  let results: Measurement[];
  try {
    writeBody(folder);
    results = FORMATS.map((format) => runChild(format, folder));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  for (const m of results) {
    console.log(`${m.format.toUpperCase()}`);
    console.log(`  rows:     ${m.rows.toLocaleString('en-GB')} in ${m.seconds.toFixed(2)} s = ${Math.round(m.rows / m.seconds).toLocaleString('en-GB')} rows/s`);
    console.log(`  file:     ${(m.bytes / 2 ** 20).toFixed(1)} MB`);
    console.log(`  memory:   peak sampled RSS ${m.peakSampledRssMB.toFixed(0)} MB, maxRSS ${m.maxRssMB.toFixed(0)} MB\n`);
  }
  const [csv, xlsx] = results;
  const verdicts = [
    [`CSV at least ${TARGETS.csvRowsPerSecond.toLocaleString('en-GB')} rows/s`, csv.rows / csv.seconds >= TARGETS.csvRowsPerSecond],
    [`CSV peak memory under ${TARGETS.peakMB} MB`, csv.maxRssMB < TARGETS.peakMB],
    [`XLSX peak memory under ${TARGETS.peakMB} MB`, xlsx.maxRssMB < TARGETS.peakMB],
    [`every row written`, results.every((m) => m.rows === DECLARATIONS)],
  ] as const;
  for (const [what, ok] of verdicts) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${what}`);
  process.exitCode = verdicts.every(([, ok]) => ok) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
