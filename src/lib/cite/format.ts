/**
 * Formats CSL-JSON with citation-js: a bibliography entry in a CSL style (the styles
 * @citation-js/plugin-csl bundles), and BibTeX, RIS and CSL-JSON files.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CiteFormat } from '../urls/paths';
import type { CslItem } from './csl';

/**
 * The files whose code decides a formatted citation, with the citation libraries: their
 * text is part of every kept citation's key (src/io/code-hash.ts, src/io/cite-cache.ts).
 */
export const CITE_FORMAT_FILES = ['src/lib/cite/format.ts'];

/** The styles an entry page shows, by name, as plugin-csl calls their templates. */
export const CITE_STYLES = [
  { name: 'APA', template: 'apa' },
  { name: 'Harvard', template: 'harvard1' },
] as const;

export interface FormattedCitation {
  style: string;
  text: string;
}

/**
 * The item in each of {@link CITE_STYLES}, as plain text (the page marks it up itself).
 * Each item is formatted alone, so its text never depends on which other items are
 * formatted with it and can be kept between builds (src/io/cite-cache.ts); citation-js
 * keeps one CSL engine per style, so one item at a time costs no more than all at once.
 */
export function formatCitation(item: CslItem): FormattedCitation[] {
  const cite = new Cite([item]);
  return CITE_STYLES.map(({ name, template }) => ({
    style: name,
    text: String(cite.format('bibliography', { format: 'text', template, lang: 'en-US' })).trim(),
  }));
}

/** What each download holds, for its Content-Type. */
export const CITE_MEDIA_TYPES: Record<CiteFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/** RIS tags as citation-js maps them from CSL-JSON: TY, TI, UR... each one value or several. */
type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * RIS text of citation-js's RIS records, one `TAG  - value` line each. (citation-js's
 * own text output breaks values at 70 characters, and readers join the pieces with a
 * space, which breaks long titles and every URL; RIS has no such limit.)
 */
function risText(records: readonly RisRecord[]): string {
  return records
    .map(({ TY, ...tags }) =>
      [
        `TY  - ${String(TY)}`,
        ...Object.entries(tags).flatMap(([tag, v]) => [v].flat().map((x) => `${tag}  - ${String(x)}`)),
        'ER  - ',
      ].join('\n'),
    )
    .join('\n');
}

/** The items as a BibTeX, RIS or CSL-JSON file. */
export function citationFile(items: readonly CslItem[], format: CiteFormat): string {
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
  const cite = new Cite([...items]);
  if (format === 'ris') return `${risText(cite.format('ris', { format: 'object' }))}\n`;
  return `${cite.format('bibtex', { format: 'text' }).trim()}\n`;
}
