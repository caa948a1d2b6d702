/**
 * Formatted citations kept between builds (`citations/` in Astro's cache folder,
 * ./disk-cache.ts): an entry's APA and Harvard text is formatted by citation-js only when
 * its CSL-JSON item (or the citation libraries) changed.
 *
 * The text is a pure function of the item, so a page's cacheKey holds the item, not the
 * text, and only a page that is rendered asks for it ({@link citationsOf}). Formatting is
 * slow (about 9 ms an item here), so when a cold build lacks many, the query starts them
 * all in a thread beside the build ({@link startCitations}, ./cite-worker.ts) while Astro
 * renders the other pages.
 */
import { createHash } from 'node:crypto';
import type { CslItem } from '../lib/cite/csl';
import { CITE_STYLES, formatCitation, type FormattedCitation } from '../lib/cite/format';
import { diskCache } from './disk-cache';
import { packageVersion } from './package-version';
import { besideBuild, threadPool } from './thread-pool';

const citations = diskCache('citations', '.json');
let tools: string | undefined;
let inThreads: ((item: CslItem) => Promise<FormattedCitation[]>) | undefined;
/** Items being formatted in a thread, by key. */
const started = new Map<string, Promise<FormattedCitation[]>>();

/**
 * Below this many items to format, a thread costs more than it saves: it loads
 * citation-js and warms up on its first items (about the time of 20 items).
 */
const THREADS_FROM = 100;

function keyOf(item: CslItem): string {
  tools ??= ['@citation-js/core', '@citation-js/plugin-csl'].map((p) => `${p}@${packageVersion(p)}`).join(' ');
  return createHash('sha256')
    .update(JSON.stringify({ item, styles: CITE_STYLES, tools }))
    .digest('hex');
}

function kept(key: string, formatted: FormattedCitation[]): FormattedCitation[] {
  citations.write(key, JSON.stringify(formatted));
  return formatted;
}

/**
 * Starts formatting, in threads, the items the cache lacks, in the order given (the order
 * their pages are rendered in), when there are many; otherwise does nothing.
 */
export function startCitations(items: readonly CslItem[]): void {
  const todo = items.map((item) => ({ item, key: keyOf(item) })).filter(({ key }) => !started.has(key));
  const missing = todo.filter(({ key }) => !citations.has(key));
  if (missing.length < THREADS_FROM) return;
  inThreads ??= threadPool({
    file: 'src/io/cite-worker.ts',
    threads: besideBuild(),
    here: formatCitation,
    failure: 'a citation could not be formatted',
  });
  const format = inThreads;
  for (const { item, key } of missing) {
    const formatting = format(item).then((formatted) => kept(key, formatted));
    // A failure surfaces where the page awaits it, not as an unhandled rejection.
    formatting.catch(() => undefined);
    started.set(key, formatting);
  }
}

/** The item's citation in every style: from the cache, from its thread, or formatted now. */
export function citationsOf(item: CslItem): Promise<FormattedCitation[]> {
  const key = keyOf(item);
  const formatting = started.get(key);
  if (formatting) return formatting;
  const hit = citations.read(key);
  if (hit) return Promise.resolve(JSON.parse(hit.toString('utf8')) as FormattedCitation[]);
  return Promise.resolve(kept(key, formatCitation(item)));
}
