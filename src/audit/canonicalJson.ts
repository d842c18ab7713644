/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    if (typeof (source as { toHexString?: unknown }).toHexString === 'function') return String(value);
    return Object.fromEntries(
      Object.keys(source)
        .filter((k) => source[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys(source[k])]),
    );
  }
  return value;
}
