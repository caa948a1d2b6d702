/**
 * Formatted citations kept between builds (`citations/` in Astro's cache folder,
 * ./disk-cache.ts): an entry's APA and Harvard text is formatted by citation-js only when
 * its CSL-JSON item (or the citation libraries) changed. Formatting every entry took a
 * third of a one-entry rebuild at 1,000 entries, because every entry page's props (and so
 * its cache key) hold its citation.
 */
import { createHash } from 'node:crypto';
import type { CslItem } from '../lib/cite/csl';
import { CITE_STYLES, formatCitation, type FormattedCitation } from '../lib/cite/format';
import { diskCache } from './disk-cache';
import { packageVersion } from './package-version';

const citations = diskCache('citations', '.json');
let tools: string | undefined;

/** The item's citation in every style, from the cache when this item was formatted the same way before. */
export function cachedCitation(item: CslItem): FormattedCitation[] {
  tools ??= ['@citation-js/core', '@citation-js/plugin-csl'].map((p) => `${p}@${packageVersion(p)}`).join(' ');
  const key = createHash('sha256')
    .update(JSON.stringify({ item, styles: CITE_STYLES, tools }))
    .digest('hex');
  const hit = citations.read(key);
  if (hit) return JSON.parse(hit.toString('utf8')) as FormattedCitation[];
  const formatted = formatCitation(item);
  citations.write(key, JSON.stringify(formatted));
  return formatted;
}
