/**
 * A stable hash of a value: sha256 of its canonical JSON (object keys sorted, Maps and
 * Sets as sorted entries, Dates as ISO strings, undefined left out). Two values that
 * print the same page hash the same, whatever order their keys were built in; it is
 * the `cacheKey` of a route (src/queries/cache-key.ts, docs/incremental-builds.md).
 */
import { createHash } from 'node:crypto';

/**
 * What stands for an object in the canonical text, or undefined to write the object
 * itself: a value whose identity says all that it holds (a stored content entry: its
 * file's digest) is hashed by that identity, not by its whole text.
 */
export type StandIn = (value: object) => unknown;

/**
 * The canonical JSON text of a value, written in one pass (every page's props are hashed,
 * so no copy of the value is built first). Object keys are sorted as strings (by UTF-16
 * code units, the default sort's order); a Set's members and a Map's [key, value] pairs
 * are sorted by their own canonical text; an object `standIn` answers for is written as
 * its answer. Returns undefined for undefined; throws on what has no stable form
 * (functions, symbols).
 */
export function canonicalJson(value: unknown, standIn?: StandIn): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : JSON.stringify(String(value));
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'function':
    case 'symbol':
      throw new TypeError(`stableHash: a ${typeof value} has no stable form; pass the data it shows instead`);
  }
  const stand = standIn?.(value);
  if (stand !== undefined) return canonicalJson(stand);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value instanceof URL) return JSON.stringify(value.href);
  // Written by concatenation and sorted without a comparator: no array of parts per value,
  // and no call back into JavaScript per comparison (20% faster on entry pages' props).
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i ? ',' : '') + (canonicalJson(value[i], standIn) ?? 'null');
    return `${text}]`;
  }
  if (value instanceof Set || value instanceof Map) {
    const parts: string[] = [];
    if (value instanceof Set) for (const v of value) parts.push(canonicalJson(v, standIn) ?? 'null');
    else
      for (const [k, v] of value)
        parts.push(`[${canonicalJson(k, standIn) ?? 'null'},${canonicalJson(v, standIn) ?? 'null'}]`);
    return `[${parts.sort().join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  for (const key of Object.keys(record).sort()) {
    const field = canonicalJson(record[key], standIn);
    if (field !== undefined) text += (text.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + field;
  }
  return `${text}}`;
}

/** sha256 (hex) of the canonical JSON of `value`. */
export function stableHash(value: unknown, standIn?: StandIn): string {
  return createHash('sha256')
    .update(canonicalJson(value, standIn) ?? 'null')
    .digest('hex');
}
