/**
 * Reads that callers arriving together share, without anyone seeing less than they would alone: each caller
 * waits for a lookup that begins after its call, so it sees every write acknowledged before it asked (in this
 * process or another). Callers who arrive while a lookup runs share the next one. Under load this turns many
 * identical reads (a session read by each of its requests, the send log's failures on every home page) into
 * one at a time per key.
 */
export function lookupsStartingNow<T>(lookup: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const underWay = new Map<string, { running: Promise<T>; next?: Promise<T> }>();
  const begin = (key: string): Promise<T> => {
    const running = lookup(key).finally(() => {
      if (!underWay.get(key)?.next) underWay.delete(key);
    });
    underWay.set(key, { running });
    return running;
  };
  return (key: string) => {
    const current = underWay.get(key);
    if (!current) return begin(key);
    current.next ??= current.running.then(
      () => begin(key),
      () => begin(key),
    );
    return current.next;
  };
}
