/** View models of the entry pages. */
import { entryPageView } from '../lib/entry/page';
import { dayText } from '../lib/format/day';
import { entrySearchAttributes } from '../lib/search/attributes';
import { editUrl, versionUrl } from '../lib/urls/edit-url';
import { CITE_FORMATS } from '../lib/urls/paths';
import { entryCsl, type CslItem } from '../lib/cite/csl';
import { entryCiteView } from '../lib/cite/view';
import { citationsOf, startCitations } from '../io/cite-cache';
import { entryArticle } from '../lib/structured/entry';
import type { Lookups } from '../lib/entry/lookups';
import { REPOSITORY } from '../io/env';
import { lastChanged, lastCommit } from '../io/git';
import { entryShareImage } from './share';
import { getAsOf, getEntries, getGraph, getLookup, getPositions, once, type Entry } from './load';

/** When the entry's file last changed (git), or undefined for content outside the project. */
const changedOn = (entry: Entry) => (entry.filePath ? lastChanged(entry.filePath) : undefined);
import { withCacheKeys } from './cache-key';

/** Where to edit the file behind an entry, and the day it last changed (from git). */
function fileFacts(entry: Entry) {
  const changed = changedOn(entry);
  return { editUrl: editUrl(REPOSITORY, entry.filePath), changed: changed && dayText(changed) };
}

/** The entry's citation (its item, downloads, meta, this version) and its JSON-LD. */
function citeFacts(entry: Entry, look: Lookups, item: CslItem) {
  const commit = entry.filePath ? lastCommit(entry.filePath) : undefined;
  const url = versionUrl(REPOSITORY, commit, entry.filePath);
  return {
    cite: entryCiteView(entry.id, item, url && commit ? { url, commit } : undefined),
    jsonLd: [entryArticle(entry, look, { changed: changedOn(entry) })],
  };
}

/** Every entry with its citation as CSL-JSON, for the pages and the .bib, .ris and .json downloads. */
export const getEntryCitations = () =>
  once('entry-citations', async () =>
    (await getEntries()).map((entry) => ({ entry, id: entry.id, item: entryCsl(entry, changedOn(entry)) })),
  );

/**
 * One page per entry, with its key. Built once: every language's entry pages start from
 * these (src/queries/localized-entry.ts), and each view and key costs about 0.3 ms.
 */
export const getEntryPages = () =>
  once('entry-pages', async () => {
    const [entries, look, graph, index, cited] = await Promise.all([
      getEntries(),
      getLookup(),
      getGraph(),
      getPositions(),
      getEntryCitations(),
    ]);
    // The citations' text is in no key (it follows from the item): a page being rendered asks for it.
    startCitations(cited.map(({ item }) => item));
    return withCacheKeys(
      cited.map(({ entry, item }) => ({
        params: { id: entry.id },
        props: {
          entry,
          view: entryPageView(entry, { entries, look, graph, index, asOf: getAsOf() }),
          search: entrySearchAttributes(entry, look),
          file: fileFacts(entry),
          share: entryShareImage(entry),
          ...citeFacts(entry, look, item),
        },
      })),
    );
  });

/** The entry's citation in each style, for the page being rendered (src/io/cite-cache.ts). */
export const getCitationStyles = (item: CslItem) => citationsOf(item);

/**
 * Every entry's citation as BibTeX (.bib), RIS (.ris) and CSL-JSON (.json): the download
 * files. No cacheKey: a build writes them after the pages (src/io/files-after-build.ts).
 */
export async function getEntryCitationFiles() {
  return (await getEntryCitations()).flatMap(({ id, item }) =>
    CITE_FORMATS.map((format) => ({ params: { id, format }, props: { item, format } })),
  );
}
