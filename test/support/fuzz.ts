/**
 * A seeded, bounded fuzzer for the HTTP edge. It walks every route of the access policy table in turn and
 * sends each a mutated request: ids real and junk, malformed % escapes, control characters, huge field
 * counts, random, oversized and deeply nested JSON, wrong types, wrong content types and encodings,
 * multipart bodies, bearer tokens on pages, as each kind of caller. It holds the app to two promises: no
 * answer of 500 or above, and nothing written by a request that was refused (the audit trail, which every
 * change to the register appends to, is no longer after a refused request than before it).
 *
 * The suite runs about 1,000 requests (test/web/fuzz.test.ts); `npm run fuzz` runs 10,000 (FUZZ_REQUESTS
 * and FUZZ_SEED change that) against its own app and database on loopback and prints the answers by status.
 */
import { gzipSync } from 'node:zlib';
import { createApiToken } from '../../src/accounts/apiTokens';
import { ACCESS_POLICY } from '../../src/accounts/accessPolicy';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { clearDatabase, connectTestDatabase, stopTestDatabase } from './database';
import { aCommittee, aDeclaration, anOrganisation, aPerson } from './factories';
import { countOf } from './management';
import { sendRaw } from './rawHttp';
import { startTestApp, type TestApp } from './testApp';

export interface FuzzCaller {
  name: string;
  cookie?: string;
  csrfToken?: string;
  bearer?: string;
}

export interface FuzzTarget {
  baseUrl: string;
  callers: FuzzCaller[];
  /** Ids of records on the register, to put in paths and bodies beside junk. */
  ids: string[];
}

export interface FuzzReport {
  sent: number;
  byStatus: Record<number, number>;
  /** Requests answered 500 or above, or not answered at all (status 0). */
  faults: string[];
  /** Refused requests after which the audit trail had grown. */
  refusedButWritten: string[];
}

/** mulberry32: small, fast and the same on every machine for a seed. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { chance: (p: number) => next() < p, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] };
}
type Random = ReturnType<typeof randomSource>;

/** The names the app's forms and API bodies use, so mutated bodies reach past the first validation. */
const FIELDS = [
  'name', 'email', 'role', 'jobTitle', 'kind', 'odsCode', 'companiesHouseNumber', 'aliases', 'memberOfId', 'supplier', 'version',
  'type', 'category', 'description', 'heldBy', 'from', 'to', 'organisationId', 'organisationName', 'organisationIds', 'personId',
  'committeeId', 'voting', 'rulePack', 'quorum', 'commissioningLevel', 'date', 'present', 'items', 'participation', 'title',
  'decision', 'valueGBP', 'status', 'actionTaken', 'asAt', 'registers', 'formats', 'csv', 'csvText', 'digest', 'confirm', 'token',
  'next', 'reason', 'search', 'q', 'page', 'from-day', 'from-month', 'from-year', 'to-day', 'asAt-year', 'leadsToDecision', '$where', 'a.b', '__proto__',
];

const TEXT = ['', ' ', 'x', 'Riverside Surgery', 'ann.lay@example.nhs.uk', 'member', 'governance-lead', 'admin', 'lay', 'gp', 'chair', 'yes', 'true',
  'false', '1', '-1', '0', '2015-04-01', '2015-02-30', '31/03/2017', 'M85001', 'financial', 'nil', 'csv', 'json', '{}', '[]', 'null', '<script>alert(1)</script>',
  "' OR 1=1 --", '${7*7}', '{{7*7}}', '%00', '%ZZ', 'é ü ß 中文 🙂', 'line\nbreak', 'tab\there'];

/** Text with the characters that have caused trouble: NUL and other controls, odd Unicode, great length. */
function aString(random: Random, forJson: boolean): string {
  if (random.chance(0.6)) return random.pick(TEXT);
  const awkward = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\ufeff', '\r\n', '%', '\\', '"', "'", '$', '.', '🙂'];
  if (forJson) awkward.push('\ud800', '\udfff');
  let text = '';
  const length = random.chance(0.05) ? 5000 + random.int(20_000) : random.int(40);
  for (let i = 0; i < length; i++) text += random.chance(0.15) ? random.pick(awkward) : String.fromCharCode(0x20 + random.int(95));
  return text;
}

function aValue(random: Random, ids: string[], depth = 0): unknown {
  const roll = random.int(depth > 3 ? 6 : 9);
  switch (roll) {
    case 0: return aString(random, true);
    case 1: return random.pick([0, 1, -1, 2, 1.5, 1e308, -1e308, 2 ** 53 + 1, 99999999999]);
    case 2: return random.chance(0.5);
    case 3: return null;
    case 4: return random.pick(ids);
    case 5: return random.pick(TEXT);
    case 6: return Array.from({ length: random.int(5) }, () => aValue(random, ids, depth + 1));
    default: return Object.fromEntries(Array.from({ length: random.int(6) }, () => [random.pick(FIELDS), aValue(random, ids, depth + 1)]));
  }
}

/** A path parameter: a real id most often, otherwise junk, malformed escapes and control characters included. */
function aParam(random: Random, ids: string[], name: string): string {
  if (random.chance(0.5)) return random.pick(ids);
  if (name === 'name' && random.chance(0.5)) return random.pick(['interests.csv', 'manifest.json', '..%2F..%2Fetc%2Fpasswd', 'a%00.csv']);
  return random.pick(['0', 'x', 'null', 'undefined', '64b7f0c2a1b2c3d4e5f60718', 'ffffffffffffffffffffffff', '%ZZ', '%E0%A4%A', '%', '%00', '%0A', '%7F',
    'a%2Fb', '..', '%2e%2e', 'x'.repeat(3000), '%F0%9F%99%82', '%27%20OR%201%3D1', '$gt', 'constructor', '__proto__', 'new', 'import', 'edit']);
}

function aPath(random: Random, template: string, ids: string[]): string {
  let path = template.replace(/:(\w+)/g, (_m, name: string) => aParam(random, ids, name));
  if (random.chance(0.05)) path = path.toUpperCase();
  if (random.chance(0.05)) path += '/';
  if (random.chance(0.05)) path += random.pick(['%', '%Z', '%00', '/%ZZ', '//', '/..']);
  if (random.chance(0.015)) {
    path += `?${Array.from({ length: 1500 }, (_, n) => `k${n}=1`).join('&')}`;
  } else if (random.chance(0.3)) {
    const query = Array.from({ length: 1 + random.int(4) }, () => {
      const key = random.pick(['search', 'q', 'status', 'asAt', 'packs', 'dryRun', 'page', 'change', 'next', 'token', 'committeeId', 'personId', 'a[$gt]', '__proto__[x]']);
      const value = random.chance(0.2) ? random.pick(['%ZZ', '%00', '%E0%A4', '']) : encodeURIComponent(aString(random, false));
      return `${key}=${value}`;
    });
    path += `?${query.join('&')}`;
  }
  return path;
}

interface Body {
  type?: string;
  data: Buffer;
}

function aFormBody(random: Random, csrf: string | undefined, ids: string[]): Body {
  const fields: [string, string][] = [];
  if (csrf && random.chance(0.8)) fields.push(['_csrf', random.chance(0.9) ? csrf : `${csrf}x`]);
  const count = random.chance(0.04) ? 1500 : random.int(8);
  for (let i = 0; i < count; i++) fields.push([random.pick(FIELDS), random.chance(0.2) ? random.pick(ids) : aString(random, false)]);
  const data = fields.map(([k, v]) => `${encodeURIComponent(k)}=${random.chance(0.03) ? '%ZZ' : encodeURIComponent(v)}`).join('&');
  return { type: 'application/x-www-form-urlencoded', data: Buffer.from(data) };
}

function aJsonBody(random: Random, ids: string[]): Body {
  const roll = random.int(20);
  let text: string;
  if (roll === 0) text = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  else if (roll === 1) text = `{"a":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`;
  else if (roll === 2) text = JSON.stringify({ name: 'x'.repeat(1_100_000) });
  else if (roll === 3) text = random.pick(['{', '{"name": ', '[1,]', 'nul', '"text"', '1', '', '\u0000', '{"a":1}}']);
  else text = JSON.stringify(aValue(random, ids));
  return { type: random.pick(['application/json', 'application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16', 'application/vnd.api+json']), data: Buffer.from(text ?? 'null') };
}

function aMultipartBody(random: Random, csrf: string | undefined): Body {
  const boundary = `fuzz${random.int(1e9)}`;
  const parts: string[] = [];
  if (csrf && random.chance(0.8)) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n`);
  for (let i = random.int(4); i > 0; i--) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${random.pick(FIELDS)}"\r\n\r\n${aString(random, false)}\r\n`);
  if (random.chance(0.5)) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${random.pick(['file', 'file', 'other'])}"; filename="people.csv"\r\nContent-Type: text/csv\r\n\r\nname,email\r\n${aString(random, false)},x@example.org\r\n`);
  let data = `${parts.join('')}--${boundary}--\r\n`;
  if (random.chance(0.2)) data = data.slice(0, random.int(data.length));
  const type = random.chance(0.1) ? 'multipart/form-data' : `multipart/form-data; boundary=${boundary}`;
  return { type, data: Buffer.from(data) };
}

function aBody(random: Random, caller: FuzzCaller, ids: string[]): Body | undefined {
  const roll = random.int(20);
  if (roll < 2) return undefined;
  if (roll < 8) return aFormBody(random, caller.csrfToken, ids);
  if (roll < 14) return aJsonBody(random, ids);
  if (roll < 16) return aMultipartBody(random, caller.csrfToken);
  if (roll < 17) return { type: 'text/csv', data: Buffer.from(`name,email,role\n${aString(random, false)},a@example.org,member\n`) };
  return { type: random.pick([undefined, 'text/plain', 'application/xml', 'application/octet-stream', 'application/x-www-form-urlencoded; charset=latin1']), data: Buffer.from(aString(random, false) || 'x') };
}

/** Compresses the body, or claims to: an unknown encoding, or bytes that do not decompress. */
function encode(random: Random, body: Body, headers: Record<string, string>): Buffer {
  if (!random.chance(0.08)) return body.data;
  const roll = random.int(4);
  headers['content-encoding'] = ['gzip', 'gzip', 'deflate', random.pick(['zz', 'compress', 'gzip, zz', 'identity'])][roll];
  if (roll === 0) return gzipSync(body.data);
  return Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), body.data]);
}

export async function runFuzz(target: FuzzTarget, options: { requests: number; seed: number; auditLength: () => Promise<number> }): Promise<FuzzReport> {
  const random = randomSource(options.seed);
  // Signing out would leave the rest of the run without its signed-in callers.
  const routes = Object.keys(ACCESS_POLICY).filter((key) => key !== 'POST /sign-out').map((key) => key.split(' ') as [string, string]);
  const report: FuzzReport = { sent: 0, byStatus: {}, faults: [], refusedButWritten: [] };
  let written = await options.auditLength();
  for (let i = 0; i < options.requests; i++) {
    const [routeMethod, template] = routes[i % routes.length];
    const caller = random.pick(target.callers);
    const method = routeMethod === 'GET' && random.chance(0.1) ? 'HEAD' : random.chance(0.03) ? random.pick(['DELETE', 'PATCH', 'OPTIONS', 'PUT']) : routeMethod;
    const path = aPath(random, template, target.ids);
    const headers: Record<string, string> = {};
    if (caller.cookie) headers.cookie = caller.cookie;
    if (caller.bearer) headers.authorization = `Bearer ${caller.bearer}`;
    if (caller.csrfToken && template.startsWith('/api/') && random.chance(0.7)) headers['x-csrf-token'] = caller.csrfToken;
    const body = method === 'GET' && !random.chance(0.05) ? undefined : aBody(random, caller, target.ids);
    let data: Buffer | undefined;
    if (body) {
      if (body.type) headers['content-type'] = body.type;
      data = encode(random, body, headers);
    }
    const label = `${caller.name} ${method} ${path.slice(0, 200)} [${headers['content-type'] ?? 'no body type'}${headers['content-encoding'] ? `, ${headers['content-encoding']}` : ''}]`;
    const response = await sendRaw(target.baseUrl, { method, path, headers, body: data }).catch((error: Error) => ({ status: 0, text: error.message }));
    report.sent++;
    report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;
    if (response.status >= 500 || response.status === 0) report.faults.push(`${label} → ${response.status} ${response.text.slice(0, 200)}`);
    const now = await options.auditLength();
    if (now !== written && response.status >= 400) report.refusedButWritten.push(`${label} → ${response.status}, yet ${now - written} audit events appeared`);
    written = now;
  }
  return report;
}

/**
 * A small register and a caller of every kind: anonymous, each role signed in, an API token, a revoked-looking
 * token, and an API token sent to the pages.
 */
export async function prepareFuzzTarget(app: TestApp): Promise<FuzzTarget> {
  const people = await Promise.all((['member', 'governance-lead', 'auditor', 'admin'] as const).map((role) => aPerson({ role })));
  const ccg = await anOrganisation({ name: 'NHS Fuzz CCG', kind: 'ccg' });
  const practice = await anOrganisation({ name: 'Fuzz Surgery', odsCode: 'F81001', memberOfId: ccg.id });
  const committee = await aCommittee({ name: 'Fuzz PCCC', organisationIds: [ccg.id], members: [{ personId: people[0].id, category: 'gp', role: 'chair' }, { personId: people[1].id, category: 'lay', role: 'vice-chair' }] });
  const declaration = await aDeclaration({ personId: people[0].id, organisationId: practice.id });
  const { token } = await createApiToken({ name: 'fuzz', role: 'governance-lead' }, SYSTEM_ACTOR);
  const callers: FuzzCaller[] = [{ name: 'anonymous' }, { name: 'lead API token', bearer: token }, { name: 'unknown API token', bearer: 'coi_not-a-real-token-at-all' }];
  for (const person of people) {
    const { cookie, csrfToken } = (await app.signIn(person.email)).credentials();
    callers.push({ name: person.role, cookie, csrfToken });
  }
  const meeting = (
    await app.agent().request('POST', `/api/committees/${committee.id}/meetings`, {
      headers: { authorization: `Bearer ${token}` },
      json: { date: '2016-06-01', present: [people[0].id, people[1].id] },
    })
  ).json<{ id: string }>();
  return { baseUrl: app.baseUrl, callers, ids: [...people.map((p) => p.id), ccg.id, practice.id, committee.id, declaration.id, meeting.id] };
}

export const auditLength = () => countOf(AuditEventModel);

/** `npm run fuzz`: its own database and app, the answers by status, exit 1 on any fault or write. */
async function main(): Promise<void> {
  const requests = Number(process.env.FUZZ_REQUESTS ?? 10_000);
  const seed = Number(process.env.FUZZ_SEED ?? 8);
  await connectTestDatabase();
  await clearDatabase();
  const app = await startTestApp();
  try {
    const started = Date.now();
    const report = await runFuzz(await prepareFuzzTarget(app), { requests, seed, auditLength });
    console.log(`Fuzzed ${report.sent} requests (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const [status, count] of Object.entries(report.byStatus)) console.log(`  ${status}: ${count}`);
    console.log(`Answers of 500 or above: ${report.faults.length}`);
    for (const fault of report.faults) console.log(`  ${fault}`);
    console.log(`Refused requests that wrote: ${report.refusedButWritten.length}`);
    for (const write of report.refusedButWritten) console.log(`  ${write}`);
    process.exitCode = report.faults.length + report.refusedButWritten.length > 0 ? 1 : 0;
  } finally {
    await app.close();
    await stopTestDatabase();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
