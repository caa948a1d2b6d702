/**
 * Formatted citations kept between builds (`citations/` in Astro's cache folder,
 * ./disk-cache.ts): an entry's APA and Harvard text is formatted by citation-js only when
 * its CSL-JSON item (or the citation libraries, or the code that formats it) changed.
 *
 * The text is a pure function of the item, so a page's cacheKey holds the item, not the
 * text, and only a page that is rendered asks for it ({@link citationsOf}). Formatting is
 * slow (about 9 ms an item here), so when a build lacks many, they are formatted in a
 * thread ({@link startCitations}, ./cite-worker.ts): from the start of the build, while
 * the content is checked, loaded and bundled on the build's own thread
 * (./citations-ahead.ts), and beside the pages that are rendered before theirs is wanted.
 */
import { createHash } from 'node:crypto';
import type { CslItem } from '../lib/cite/csl';
import { CITE_FORMAT_FILES, CITE_STYLES, formatCitation, type FormattedCitation } from '../lib/cite/format';
import { codeHash } from './code-hash';
import { diskCache } from './disk-cache';
import { packageVersion } from './package-version';
import { besideBuild, threadPool, type Pool } from './thread-pool';

const citations = diskCache('citations', '.json');
let tools: string | undefined;

/**
 * Below this many items to format, a thread costs more than it saves: it loads
 * citation-js and warms up on its first items (about the time of 20 items).
 */
const THREADS_FROM = 100;

/**
 * The formatting in progress. The content guard starts it from astro.config.mjs, while
 * the pages run from the build's bundle, which holds its own copy of this module: both
 * copies find the same state on `globalThis`.
 */
interface InProgress {
  /** Each item being formatted, by key, as given to the threads; gone once written to the cache. */
  started: Map<string, { item: CslItem; formatting: Promise<FormattedCitation[]> }>;
  threads?: Pool<CslItem, FormattedCitation[]>;
}

const state: InProgress = ((globalThis as Record<symbol, InProgress | undefined>)[Symbol.for('kzaz.cite-cache')] ??= {
  started: new Map(),
});

function keyOf(item: CslItem): string {
  tools ??= [
    ...['@citation-js/core', '@citation-js/plugin-csl'].map((p) => `${p}@${packageVersion(p)}`),
    codeHash(CITE_FORMAT_FILES),
  ].join(' ');
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
  const missing = items
    .map((item) => ({ item, key: keyOf(item) }))
    .filter(({ key }) => !state.started.has(key) && !citations.has(key));
  if (missing.length < THREADS_FROM) return;
  state.threads ??= threadPool({
    file: 'src/io/cite-worker.ts',
    threads: besideBuild(),
    here: formatCitation,
    failure: 'a citation could not be formatted',
  });
  const threads = state.threads;
  for (const { item, key } of missing) {
    const formatting = threads(item)
      .then((formatted) => kept(key, formatted))
      .finally(() => state.started.delete(key));
    // A failure surfaces where the page awaits it, not as an unhandled rejection.
    formatting.catch(() => undefined);
    state.started.set(key, { item, formatting });
  }
}

/** Drops the items no thread has formatted yet (a build that stops early). */
export function dropWaitingCitations(): void {
  state.threads?.stop();
  state.started.clear();
}

/**
 * The item's citation in every style: from its thread (which does it next, now that it is
 * wanted), from the cache, or formatted now.
 */
export function citationsOf(item: CslItem): Promise<FormattedCitation[]> {
  const key = keyOf(item);
  const started = state.started.get(key);
  if (started) {
    state.threads?.prefer(started.item);
    return started.formatting;
  }
  const hit = citations.read(key);
  if (hit) return Promise.resolve(JSON.parse(hit.toString('utf8')) as FormattedCitation[]);
  return Promise.resolve(kept(key, formatCitation(item)));
}
