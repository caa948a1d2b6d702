/** View models of the entry pages. */
import { entryPageView } from '../lib/entry/page';
import { dayText } from '../lib/format/day';
import { entrySearchAttributes } from '../lib/search/attributes';
import { editUrl, versionUrl } from '../lib/urls/edit-url';
import { entryCsl } from '../lib/cite/csl';
import { entryCiteView } from '../lib/cite/view';
import { entryArticle } from '../lib/structured/entry';
import type { Lookups } from '../lib/entry/lookups';
import { REPOSITORY } from '../io/env';
import { buildCommit, lastChanged } from '../io/git';
import { getAsOf, getEntries, getGraph, getLookup, getPositions, type Entry } from './load';

/** Where to edit the file behind an entry, and the day it last changed (from git). */
function fileFacts(entry: Entry) {
  const changed = entry.filePath ? lastChanged(entry.filePath) : undefined;
  return { editUrl: editUrl(REPOSITORY, entry.filePath), changed: changed && dayText(changed) };
}

const changedOn = (entry: Entry) => (entry.filePath ? lastChanged(entry.filePath) : undefined);

/** The entry's citation (styles, downloads, meta, this version) and its JSON-LD. */
function citeFacts(entry: Entry, look: Lookups) {
  const changed = changedOn(entry);
  const commit = buildCommit();
  const url = versionUrl(REPOSITORY, commit, entry.filePath);
  return {
    cite: entryCiteView(entry.id, entryCsl(entry, changed), url && commit ? { url, commit } : undefined),
    jsonLd: [entryArticle(entry, look, { changed })],
  };
}

/** An entry's citation as CSL-JSON, for the .bib, .ris and .json downloads. */
export async function getEntryCitations() {
  return (await getEntries()).map((entry) => ({ id: entry.id, item: entryCsl(entry, changedOn(entry)) }));
}

export async function getEntryPages() {
  const [entries, look, graph, index] = await Promise.all([getEntries(), getLookup(), getGraph(), getPositions()]);
  return entries.map((entry) => ({
    params: { id: entry.id },
    props: {
      entry,
      view: entryPageView(entry, { entries, look, graph, index, asOf: getAsOf() }),
      search: entrySearchAttributes(entry, look),
      file: fileFacts(entry),
      ...citeFacts(entry, look),
    },
  }));
}
