/**
 * The only module that calls getCollection. Each collection is read once per build
 * and cached; drafts are dropped here (shown only in `astro dev`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortChronological } from './lib/timeline';

export type Entry = CollectionEntry<'entries'>;

const showDrafts = import.meta.env.DEV;
let entriesCache: Promise<Entry[]> | undefined;

/** All published entries, oldest first. */
export function getEntries(): Promise<Entry[]> {
  entriesCache ??= getCollection('entries', (e) => showDrafts || !e.data.draft).then((all) => sortChronological(all));
  return entriesCache;
}
