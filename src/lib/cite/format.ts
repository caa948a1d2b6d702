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
 * Each item in each of {@link CITE_STYLES}, as plain text (the page marks it up itself),
 * by item id. All items go through one formatting per style: the CSL engine is built
 * once, not once per entry.
 */
export function formatCitations(items: readonly CslItem[]): Map<string, FormattedCitation[]> {
  const out = new Map<string, FormattedCitation[]>(items.map((i) => [i.id, []]));
  if (items.length === 0) return out;
  const cite = new Cite([...items]);
  for (const { name, template } of CITE_STYLES) {
    for (const [id, text] of cite.format('bibliography', {
      format: 'text',
      template,
      lang: 'en-US',
      asEntryArray: true,
    }))
      out.get(id)?.push({ style: name, text: text.trim() });
  }
  return out;
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
