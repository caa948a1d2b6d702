/**
 * Starts formatting the entries' citations at the start of a build, from the files the
 * content check has just read (src/integrations/content-guard.ts), so that a thread
 * formats them while the build's own thread checks, loads and bundles the content; the
 * pages, rendered later, mostly find them done (./cite-cache.ts). A citation started here
 * from an item that differs from its page's (a title the schema would change) is only
 * wasted: the page's item is looked up by its own key.
 */
import type { ContentFile } from '../check/types';
import { entryCsl, type CslItem } from '../lib/cite/csl';
import { sitePaths } from '../lib/urls/paths';
import { startCitations } from './cite-cache';
import { lastChanged } from './git';

type SiteConfig = { base: string; site?: string | undefined };

/** The CSL-JSON item of each entry among the files, as its page will make it (src/queries/entry.ts). */
export function itemsAhead(files: readonly ContentFile[], config: SiteConfig): CslItem[] {
  // Code run from astro.config.mjs sees no base or site in import.meta.env: they come from the config.
  if (!config.site) return [];
  const urls = sitePaths(config.base, config.site);
  return files.flatMap((f) => {
    const title = (f.data as { title?: unknown } | undefined)?.title;
    if (f.collection !== 'entries' || typeof title !== 'string') return [];
    return [entryCsl({ id: f.id, data: { title: title.trim() } }, lastChanged(f.file), urls)];
  });
}

export function citationsAhead(files: readonly ContentFile[], config: SiteConfig): void {
  startCitations(itemsAhead(files, config));
}
