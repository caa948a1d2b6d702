/** What an entry page's "Cite this entry" block and its head show: the item (formatted when the page is rendered), downloads, meta, this version. */
import { CITE_FORMATS, paths, type CiteFormat } from '../urls/paths';
import type { CslItem } from './csl';
import { citationMeta } from './meta';

const FORMAT_LABELS: Record<CiteFormat, string> = { bib: 'BibTeX', ris: 'RIS', json: 'CSL-JSON' };

/** `version`: the entry's file at the build commit. */
export function entryCiteView(id: string, item: CslItem, version: { url: string; commit: string } | undefined) {
  return {
    /** What the page formats in each style when it is rendered. */
    item,
    downloads: CITE_FORMATS.map((format) => ({
      label: FORMAT_LABELS[format],
      href: paths.entryCitation(id, format),
      file: `${id}.${format}`,
    })),
    meta: citationMeta(item),
    /** The entry's file at the commit the site was built from. */
    version: version && { url: version.url, commit: version.commit.slice(0, 7) },
  };
}

export type EntryCiteView = ReturnType<typeof entryCiteView>;
