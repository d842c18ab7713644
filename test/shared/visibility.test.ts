import { performance } from 'node:perf_hooks';
import { expect } from 'chai';
import { DEFAULT_VISIBILITY_WINDOW_MS, noteCommit, recentLookups, setVisibilityWindow, untilCommitsVisible, withCommitsNoted } from '../../src/shared/visibility';

/** Wider than the app's default, so that a slow moment of the machine does not upset the timings. */
const WINDOW_MS = 400;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lookup that answers with how many lookups have begun, after `ms`; each began at a time it records. */
function countingLookup(ms = 20) {
  const began: number[] = [];
  const lookup = recentLookups(async () => {
    began.push(performance.now());
    const count = began.length;
    await pause(ms);
    return count;
  });
  return { lookup, began };
}

describe('What every instance sees: lookups within the window, saves acknowledged after it', () => {
  beforeEach(() => setVisibilityWindow(WINDOW_MS));
  after(() => setVisibilityWindow(DEFAULT_VISIBILITY_WINDOW_MS));

  it('when callers ask within the window, then they share one lookup', async () => {
    const { lookup, began } = countingLookup();
    expect(await Promise.all([lookup('a'), lookup('a'), lookup('a')])).to.deep.equal([1, 1, 1]);
    expect(await lookup('a')).to.equal(1);
    expect(began).to.have.length(1);
  });

  it('when the lookup under way began before the time a caller needs, then the caller waits for one that begins after it', async () => {
    const { lookup, began } = countingLookup(60);
    const first = lookup('a');
    await pause(10);
    const needNow = performance.now();
    const [a, b, c] = await Promise.all([first, lookup('a', needNow), lookup('a', needNow)]);
    expect([a, b, c]).to.deep.equal([1, 2, 2]);
    expect(began[1]).to.be.at.least(needNow);
  });

  it('when the last lookup is older than the window, then the next caller waits for a new one', async () => {
    const { lookup, began } = countingLookup(5);
    await lookup('a');
    await pause(WINDOW_MS + 10);
    expect(await lookup('a')).to.equal(2);
    expect(began).to.have.length(2);
  });

  it('when a lookup is a quarter of the window old, then the caller is answered from it and another begins for those after', async () => {
    const { lookup, began } = countingLookup(5);
    await lookup('a');
    await pause(WINDOW_MS / 4 + 50);
    expect(await lookup('a')).to.equal(1);
    expect(began).to.have.length(2);
    await pause(50);
    expect(await lookup('a')).to.equal(2);
  });

  it('when this process writes what a key reads, then the next caller does not get a lookup begun before the write', async () => {
    const { lookup } = countingLookup(30);
    const before = lookup('a');
    lookup.forget('a');
    expect(await lookup('a')).to.equal(2);
    expect(await before).to.equal(1);
    expect(await lookup('a')).to.equal(2);
  });

  it('when a lookup fails, then its callers are told and the next caller gets a new one', async () => {
    let calls = 0;
    const lookup = recentLookups(async () => {
      calls += 1;
      if (calls === 1) throw new Error('database stopped answering');
      return calls;
    });
    let failure: unknown;
    await lookup('a').catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(Error);
    expect(await lookup('a')).to.equal(2);
  });

  it('when a request commits a save, then its acknowledgement waits the window from the commit; one that saved nothing does not wait', async () => {
    let waitAfterSave = -1;
    let waitWithoutSave = -1;
    withCommitsNoted((wait) => {
      noteCommit();
      waitAfterSave = wait();
    });
    withCommitsNoted((wait) => (waitWithoutSave = wait()));
    expect(waitAfterSave).to.be.within(WINDOW_MS - 50, WINDOW_MS);
    expect(waitWithoutSave).to.equal(0);

    const committed = performance.now();
    noteCommit();
    await untilCommitsVisible();
    expect(performance.now() - committed).to.be.at.least(WINDOW_MS);
  });
});
