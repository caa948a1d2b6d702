/**
 * Formatted citations kept between builds (`citations/` in Astro's cache folder,
 * ./disk-cache.ts): an entry's APA and Harvard text is formatted by citation-js only when
 * its CSL-JSON item (or the citation libraries) changed. Formatting every entry took a
 * third of a one-entry rebuild at 1,000 entries, because every entry page's props (and so
 * its cache key) hold its citation. A cold build formats many items at once: they are
 * shared among threads (./cite-worker.ts), one per core, as the build waits for them.
 */
import { createHash } from 'node:crypto';
import type { CslItem } from '../lib/cite/csl';
import { CITE_STYLES, formatCitation, type FormattedCitation } from '../lib/cite/format';
import { diskCache } from './disk-cache';
import { packageVersion } from './package-version';
import { threadPool, whileBuildWaits } from './thread-pool';

const citations = diskCache('citations', '.json');
let tools: string | undefined;
let inThreads: ((item: CslItem) => Promise<FormattedCitation[]>) | undefined;

/**
 * Below this many items to format, threads cost more than they save: each loads
 * citation-js and warms up on its first items (about the time of 20 items).
 */
const THREADS_FROM = 100;

function keyOf(item: CslItem): string {
  tools ??= ['@citation-js/core', '@citation-js/plugin-csl'].map((p) => `${p}@${packageVersion(p)}`).join(' ');
  return createHash('sha256')
    .update(JSON.stringify({ item, styles: CITE_STYLES, tools }))
    .digest('hex');
}

/** The items' citations in every style, in order; each from the cache when that item was formatted the same way before. */
export async function cachedCitations(items: readonly CslItem[]): Promise<FormattedCitation[][]> {
  const keys = items.map(keyOf);
  const hits = keys.map((key) => citations.read(key));
  const misses = hits.filter((hit) => !hit).length;
  const format =
    misses < THREADS_FROM
      ? (item: CslItem) => Promise.resolve(formatCitation(item))
      : (inThreads ??= threadPool({
          file: 'src/io/cite-worker.ts',
          threads: whileBuildWaits(),
          here: formatCitation,
          failure: 'a citation could not be formatted',
        }));
  return Promise.all(
    items.map(async (item, i) => {
      const hit = hits[i];
      if (hit) return JSON.parse(hit.toString('utf8')) as FormattedCitation[];
      const formatted = await format(item);
      citations.write(keys[i]!, JSON.stringify(formatted));
      return formatted;
    }),
  );
}
