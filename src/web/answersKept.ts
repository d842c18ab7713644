/**
 * Answers kept to send again: a page or API reply is kept, bytes and headers as sent, with the versions of
 * what it was made from (shared/answerInputs.ts), and the same request (address, cookies, credentials, what
 * the client accepts) is answered from it while each of those still holds the version noted, on the same day.
 *
 * Why: on the embedded database a page's own work is small beside the framework's (sessions, security
 * headers, routing, the access policy, templates), and a person reading the register asks for the same
 * pages again and again while nothing changes. Sending a kept answer skips all of that.
 *
 * Why it is safe:
 * - The versions are read again as a new request would read them, so the visibility window's promise holds
 *   (shared/visibility.ts): a save acknowledged before the request arrived changes a version, and the page is
 *   made afresh.
 * - Only a request with the same cookies and credentials gets the answer, and its session must still be the
 *   one the answer was made for: who may see it was settled when it was made, from the same inputs.
 * - An answer is kept only if it was a 200 of HTML or JSON, set no cookie, saved nothing, read something
 *   versioned and nothing else from the database, and was made from one version of each input. Anything
 *   else (a probe, a download, a form that sets a cookie, a page read from the send log) is made every time.
 */
import type { OutgoingHttpHeader } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { isDatabaseAvailable } from '../db/connection';
import { todayUtc } from '../engine/dates';
import { stillCurrent, trackingInputs, type AnswerInputs, type MadeAfresh, type NotedInput } from '../shared/answerInputs';

/** Larger answers (exports, long registers) are made each time: they are rare, and memory is not. */
const LARGEST_KEPT = 512 * 1024;
/** Past either, the answers least recently sent are dropped. */
const MOST_KEPT = 2_000;
const MOST_BYTES_KEPT = 64 * 1024 * 1024;

/** Headers that belong to one response, not to the answer. */
const OWN_HEADERS = new Set(['x-request-id', 'date', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);

const KEPT_TYPES = /^(?:text\/html|application\/json)\b/;

function ofAKeptType(res: Response): boolean {
  const type = res.getHeader('content-type');
  return typeof type === 'string' && KEPT_TYPES.test(type);
}

interface KeptAnswer {
  /** The days the answer was made on: the app's clock's and the system's (most pages ask one or the other). */
  days: string;
  inputs: NotedInput[];
  headers: [string, OutgoingHttpHeader][];
  body: Buffer;
  /** Values made for the request it was made for, and where in the body they are, replaced when it is sent again. */
  afresh: { values: MadeAfresh; at: [value: number, offset: number][] }[];
  /** Which headers show them (a new visitor's cookie). */
  headersAfresh: number[];
}

/** What makes one request the same as another for its answer (the protocol a proxy forwarded marks cookies secure). */
function keyOf(req: Request): string {
  const h = req.headers;
  return `${req.originalUrl}\n${h.cookie ?? ''}\n${h.authorization ?? ''}\n${h.accept ?? ''}\n${h['accept-encoding'] ?? ''}\n${h['x-forwarded-proto'] ?? ''}`;
}

export function answersKept(clock: () => Date): RequestHandler {
  const kept = new Map<string, KeptAnswer>();
  let bytesKept = 0;
  const daysNow = () => `${todayUtc(clock())} ${todayUtc()}`;

  const drop = (key: string) => {
    const answer = kept.get(key);
    if (answer) bytesKept -= answer.body.length;
    kept.delete(key);
  };

  const keep = (key: string, answer: KeptAnswer) => {
    drop(key);
    kept.set(key, answer);
    bytesKept += answer.body.length;
    for (const oldest of kept.keys()) {
      if (kept.size <= MOST_KEPT && bytesKept <= MOST_BYTES_KEPT) break;
      drop(oldest);
    }
  };

  /** Makes the answer the usual way, noting what it reads and what it sends, and keeps it if it may. */
  const makeAndKeep = (res: Response, next: NextFunction, key: string) => {
    const days = daysNow();
    const chunks: Buffer[] = [];
    let size = 0;
    // Wrapped before compression wraps them, so what is kept is what was sent. Nothing is copied of what
    // can't be kept (stylesheets, scripts, downloads): a response's type is set before its first write.
    const collect = (chunk: unknown, encoding: unknown) => {
      if (size > LARGEST_KEPT || chunk == null || typeof chunk === 'function') return;
      if (!ofAKeptType(res)) {
        size = Infinity;
        return;
      }
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
      size += bytes.length;
      chunks.push(bytes);
    };
    const { write, end } = res;
    res.write = function (this: Response, ...args: unknown[]) {
      collect(args[0], args[1]);
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    } as Response['write'];
    res.end = function (this: Response, ...args: unknown[]) {
      collect(args[0], args[1]);
      return (end as (...a: unknown[]) => Response).apply(this, args);
    } as Response['end'];

    const inputs = trackingInputs(next);
    res.once('finish', () => {
      res.locals.notKeptBecause = inputs.spoiledBy;
      if (res.statusCode !== 200 || inputs.spoiledBy || inputs.noted.size === 0 || size > LARGEST_KEPT) return;
      if (!ofAKeptType(res) || !cookiesMadeAfresh(res, inputs)) return;
      const body = Buffer.concat(chunks, size);
      // Values made for this request are found in the body only as sent uncompressed.
      if (inputs.afresh.length > 0 && res.hasHeader('content-encoding')) return;
      const headers = Object.entries(res.getHeaders()).filter((entry): entry is [string, OutgoingHttpHeader] => !OWN_HEADERS.has(entry[0]) && entry[1] !== undefined);
      headers.push(['content-length', size]);
      const shown = inputs.afresh.flatMap((a) => a.shown);
      const answer: KeptAnswer = {
        days,
        inputs: [...inputs.noted.values()],
        headers,
        body,
        afresh: inputs.afresh.map((values) => ({ values, at: values.shown.flatMap((text, value) => offsetsOf(body, text).map((offset): [number, number] => [value, offset])) })),
        headersAfresh: headers.flatMap(([, value], i) => ([value].flat().some((v) => shown.some((text) => String(v).includes(text))) ? [i] : [])),
      };
      // Kept only if nothing changed while it was made and sent.
      stillCurrent(answer.inputs).then(
        (current) => current && daysNow() === days && keep(key, answer),
        () => undefined,
      );
    });
  };

  return (req, res, next) => {
    if (req.method !== 'GET' || !isDatabaseAvailable()) return next();
    const key = keyOf(req);
    const answer = kept.get(key);
    if (!answer || answer.days !== daysNow()) return makeAndKeep(res, next, key);
    // The most recently sent are the last dropped.
    kept.delete(key);
    kept.set(key, answer);
    const makeAfresh = () => {
      if (kept.get(key) === answer) drop(key);
      makeAndKeep(res, next, key);
    };
    stillCurrent(answer.inputs).then((current) => (current && sendAgain(req, res, answer)) || makeAfresh(), makeAfresh);
  };
}

/** A cookie an answer sets may only be one made for its request alone, which is replaced when it is sent again. */
function cookiesMadeAfresh(res: Response, inputs: AnswerInputs): boolean {
  const cookies = res.getHeader('set-cookie');
  if (cookies === undefined) return true;
  const shown = inputs.afresh.flatMap((a) => a.shown);
  return [cookies].flat().every((cookie) => shown.some((value) => String(cookie).includes(value)));
}

function offsetsOf(body: Buffer, text: string): number[] {
  const offsets: number[] = [];
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length)) offsets.push(at);
  return offsets;
}

/**
 * The answer's headers and body with new values in place of those made for the request it was made for;
 * undefined if a new value would not fit where the old one was.
 */
function withValuesMadeAfresh(answer: KeptAnswer): { headers: [string, OutgoingHttpHeader][]; body: Buffer } | undefined {
  if (answer.afresh.length === 0) return answer;
  const body = Buffer.from(answer.body);
  const replacements: [string, string][] = [];
  for (const { values, at } of answer.afresh) {
    const made = values.remake();
    if (made.some((value, i) => Buffer.byteLength(value) !== Buffer.byteLength(values.shown[i]))) return undefined;
    for (const [value, offset] of at) body.write(made[value], offset);
    values.shown.forEach((shown, i) => replacements.push([shown, made[i]]));
  }
  const replaced = (text: string) => replacements.reduce((t, [shown, made]) => t.split(shown).join(made), text);
  const headers = [...answer.headers];
  for (const i of answer.headersAfresh) {
    const [name, value] = headers[i];
    headers[i] = [name, Array.isArray(value) ? value.map(replaced) : replaced(String(value))];
  }
  return { headers, body };
}

/** Sends the answer again; false if it cannot be. */
function sendAgain(req: Request, res: Response, kept: KeptAnswer): boolean {
  const answer = withValuesMadeAfresh(kept);
  if (!answer) return false;
  res.locals.sentAgain = true;
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  // As express does: a client holding this version (its ETag) is told so.
  if (req.fresh) {
    res.removeHeader('Content-Type');
    res.removeHeader('Content-Length');
    res.status(304).end();
    return true;
  }
  res.end(answer.body);
  return true;
}
