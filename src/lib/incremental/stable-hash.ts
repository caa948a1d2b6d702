/**
 * A stable hash of a value: sha256 of its canonical JSON (object keys sorted, Maps and
 * Sets as sorted entries, Dates as ISO strings, undefined left out). Two values that
 * print the same page hash the same, whatever order their keys were built in; it is
 * the `cacheKey` of a route (src/queries/cache-key.ts, docs/incremental-builds.md).
 */
import { createHash } from 'node:crypto';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const byKey = (a: [string, Json], b: [string, Json]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The canonical, JSON-safe form of a value. Throws on what has no stable form (functions, symbols). */
export function canonical(value: unknown): Json | undefined {
  if (value === null) return null;
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return value.toString();
    case 'function':
    case 'symbol':
      throw new TypeError(`stableHash: a ${typeof value} has no stable form; pass the data it shows instead`);
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof URL) return value.href;
  if (Array.isArray(value)) return value.map((v) => canonical(v) ?? null);
  if (value instanceof Set) return [...value].map((v) => canonical(v) ?? null).sort(compareJson);
  if (value instanceof Map)
    return [...value].map(([k, v]) => [canonical(k) ?? null, canonical(v) ?? null] as Json).sort(compareJson);
  const entries: [string, Json][] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const c = canonical(v);
    if (c !== undefined) entries.push([k, c]);
  }
  return Object.fromEntries(entries.sort(byKey));
}

function compareJson(a: Json, b: Json): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** sha256 (hex) of the canonical JSON of `value`. */
export function stableHash(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(value) ?? null))
    .digest('hex');
}
