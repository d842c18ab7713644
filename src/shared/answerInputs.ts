/**
 * What one answer (a page, an API reply) was made from, so that it can be sent again unchanged for as long as
 * none of that has changed (web/answersKept.ts).
 *
 * Every read a page makes goes through one of a few sources that can say what version they hold: the
 * register in memory (its sequence number), a session (its stored text) and the failed emails (their list).
 * Each notes the version it gave while an answer is being made. Anything else that reads the database, and
 * any save, spoils the answer: it is sent, and not kept. Lookups shared between answers (the sources' own
 * reads, results worked out once per state of the register) are made untracked: their results are covered
 * by the version the source notes.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type Version = string | number | null;

/** Something answers read that can say, when asked again, which version it now holds. */
export interface InputSource {
  readonly name: string;
  /** The version now, read as a new request would read it (within the visibility window). */
  current(key: string): Promise<Version>;
}

export function inputSource(name: string, current: (key: string) => Promise<Version>): InputSource {
  return { name, current };
}

export interface NotedInput {
  source: InputSource;
  key: string;
  version: Version;
}

/**
 * Values made afresh for each request that an answer shows (a new visitor's CSRF cookie and the token its
 * forms carry): an answer sent again has new ones in their place.
 */
export interface MadeAfresh {
  /** The values as this answer shows them, in its body or its headers. */
  shown: readonly string[];
  /** New values for another request, in the same order, each as long as the one it replaces. */
  remake(): string[];
}

export class AnswerInputs {
  readonly noted = new Map<string, NotedInput>();
  readonly afresh: MadeAfresh[] = [];
  /** Why the answer may not be sent again, when it may not: the first reason found (the request log gives it). */
  spoiledBy: string | undefined;
}

const inputsOfOneAnswer = new AsyncLocalStorage<AnswerInputs>();

/** Runs the making of one answer, noting what it reads. */
export function trackingInputs(work: () => void): AnswerInputs {
  const inputs = new AnswerInputs();
  inputsOfOneAnswer.run(inputs, work);
  return inputs;
}

/** An answer being made read `key` of `source` at `version`. Two versions of one input within one answer spoil it. */
export function noteInput(source: InputSource, key: string, version: Version): void {
  const inputs = inputsOfOneAnswer.getStore();
  if (!inputs) return;
  const id = `${source.name}\u0000${key}`;
  const before = inputs.noted.get(id);
  if (before && before.version !== version) inputs.spoiledBy ??= `${source.name} changed while the answer was made`;
  else if (!before) inputs.noted.set(id, { source, key, version });
}

/** The answer being made shows values made for this request alone, which no other request may be sent. */
export function noteMadeAfresh(values: MadeAfresh): void {
  inputsOfOneAnswer.getStore()?.afresh.push(values);
}

/** Whether the answer being made shows values made for this request alone. */
export function showsValuesMadeAfresh(): boolean {
  return (inputsOfOneAnswer.getStore()?.afresh.length ?? 0) > 0;
}

const THE_APP_AS_STARTED = inputSource('the app as started', () => Promise.resolve('as started'));

/**
 * The answer being made depends on nothing but the request and the app's settings (the sign-in page). Other
 * answers that read nothing versioned are not kept: they may show the moment (the probes).
 */
export function noteMadeFromTheRequestAlone(): void {
  noteInput(THE_APP_AS_STARTED, '', 'as started');
}

/** An answer being made read something no source versions, or saved something: it is not to be sent again. */
export function spoilAnswer(reason: string): void {
  const inputs = inputsOfOneAnswer.getStore();
  if (inputs) inputs.spoiledBy ??= reason;
}

/** Runs work shared between answers, whose result a source's version covers, outside the answer that started it. */
export function untracked<T>(work: () => T): T {
  return inputsOfOneAnswer.exit(work);
}

/** Whether every input still holds the version noted. */
export async function stillCurrent(inputs: Iterable<NotedInput>): Promise<boolean> {
  const checks = [...inputs].map(async ({ source, key, version }) => (await source.current(key)) === version);
  return (await Promise.all(checks)).every(Boolean);
}
