/** View model of the sources page: every document with the entries that cite it. */
import { citationText } from '../lib/sources/citation';
import { sourceCsl } from '../lib/cite/csl';
import { paths } from '../lib/urls/paths';
import { getGraph, getSources } from './load';

/** Citing entries listed per source, newest first, so the page stays small. */
const CITING_LIMIT = 100;

export async function getSourcesPage() {
  const { backlinks } = await getGraph();
  return (await getSources()).map((s) => {
    const all = backlinks.sources.get(s.id) ?? [];
    return {
      id: s.id,
      anchor: paths.source(s.id).split('#')[1]!,
      ...s.data,
      // Written in English, as a reference list writes it; the page writes `published` in its language.
      citation: citationText(s.data),
      citedBy: all.length,
      citing: all
        .slice(-CITING_LIMIT)
        .reverse()
        .map((e) => ({ href: paths.entry(e.id), title: e.data.title })),
    };
  });
}

/** Every source as CSL-JSON, for /sources.bib and /sources.json. */
export const getSourceCitations = async () => (await getSources()).map(sourceCsl);

/** The sources page's links to the registry as files. */
export const sourceDownloads = () => [
  { label: 'BibTeX', href: paths.sourcesBib() },
  { label: 'CSL-JSON', href: paths.sourcesJson() },
];
