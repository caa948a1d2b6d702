/** View models of the entry pages. */
import { entryPageView } from '../lib/entry/page';
import { dayText } from '../lib/format/day';
import { entrySearchAttributes } from '../lib/search/attributes';
import { editUrl } from '../lib/urls/edit-url';
import { REPOSITORY } from '../io/env';
import { lastChanged } from '../io/git';
import { withCacheKeys } from './cache-key';
import { getAsOf, getEntries, getGraph, getLookup, getPositions, type Entry } from './load';

/** Where to edit the file behind an entry, and the day it last changed (from git). */
function fileFacts(entry: Entry) {
  const changed = entry.filePath ? lastChanged(entry.filePath) : undefined;
  return { editUrl: editUrl(REPOSITORY, entry.filePath), changed: changed && dayText(changed) };
}

export async function getEntryPages() {
  const [entries, look, graph, index] = await Promise.all([getEntries(), getLookup(), getGraph(), getPositions()]);
  return withCacheKeys(
    entries.map((entry) => ({
      params: { id: entry.id },
      props: {
        entry,
        view: entryPageView(entry, { entries, look, graph, index, asOf: getAsOf() }),
        search: entrySearchAttributes(entry, look),
        file: fileFacts(entry),
      },
    })),
  );
}
