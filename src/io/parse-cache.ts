/**
 * The entry bodies the content check parsed in the last build, kept in Astro's cache dir
 * as the part of each tree the rules read (src/check/mdx/rule-tree.ts), by a hash of the
 * text: a rebuild parses only the bodies that changed. Parsing every body with the MDX
 * parser was the largest part of the check.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParsedBody } from '../check/types';
import { writeWhole } from './write-file';

const FILE = 'kzaz-parsed-bodies.v8';

export interface ParseCache {
  parse: (text: string, isMdx: boolean) => ParsedBody;
  /** Writes the bodies parsed in this run (and only those) for the next build. */
  save: () => void;
  /** How many bodies this run parsed, and how many it read from the last build's copy. */
  counts: () => { parsed: number; kept: number };
}

/** A parser that asks `cacheDir`'s copy first; `parse` and `prune` are the check's own. */
export function parseCache(
  cacheDir: string,
  version: string,
  parse: (text: string, isMdx: boolean) => ParsedBody,
  prune: (parsed: ParsedBody) => ParsedBody,
): ParseCache {
  const file = path.join(cacheDir, FILE);
  let previous = new Map<string, ParsedBody>();
  try {
    if (existsSync(file)) {
      const stored = deserialize(readFileSync(file)) as { version: string; bodies: Map<string, ParsedBody> };
      if (stored.version === version) previous = stored.bodies;
    }
  } catch {
    // An unreadable copy: parse everything again.
  }
  const next = new Map<string, ParsedBody>();
  const counts = { parsed: 0, kept: 0 };
  const fresh = (text: string, isMdx: boolean) => {
    counts.parsed++;
    return prune(parse(text, isMdx));
  };
  return {
    parse: (text, isMdx) => {
      const key = createHash('sha256')
        .update(isMdx ? 'mdx\0' : 'md\0')
        .update(text)
        .digest('base64url');
      const kept = next.has(key) ? undefined : previous.get(key);
      if (kept) counts.kept++;
      const parsed = next.get(key) ?? kept ?? fresh(text, isMdx);
      next.set(key, parsed);
      return parsed;
    },
    counts: () => ({ ...counts }),
    save: () => writeWhole(file, serialize({ version, bodies: next })),
  };
}
