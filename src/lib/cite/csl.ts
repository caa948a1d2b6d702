/**
 * CSL-JSON, the data reference managers and citation processors share, for an entry
 * page and for the source documents. An entry is cited as a web page of this site:
 * its title, the site as container, its permalink, and as `issued` the day its file
 * last changed (git), the day this version of the page was published. The source
 * documents keep the precision of their publication date (a month stays a month).
 */
import type { DatePoint, DateSpec } from '../../primitives/dates';
import type { EntryData, Item, SourceData } from '../../schemas/types';
import { distinctAuthor, statedPublisher } from '../sources/citation';
import { paths, type SitePaths } from '../urls/paths';
import { SITE_NAME } from '../../site';

/** CSL-JSON date: `date-parts` as far as known ([[2025]], [[2025, 3]], [[2025, 3, 12]]); a quarter or half gives its year. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON fields this site writes (CSL 1.0.2). */
export interface CslItem {
  id: string;
  /** The BibTeX key (CSL 1.0.2 `citation-key`), the same as the id. */
  'citation-key': string;
  type: 'webpage';
  title: string;
  'container-title'?: string;
  publisher?: string;
  author?: { literal: string }[];
  issued?: CslDate;
  URL?: string;
  note?: string;
}

function datePartsOf(p: DatePoint): number[] {
  const y = p.start.getUTCFullYear();
  if (p.precision === 'day') return [y, p.start.getUTCMonth() + 1, p.start.getUTCDate()];
  if (p.precision === 'month') return [y, p.start.getUTCMonth() + 1];
  return [y];
}

/** A CSL date at the precision of the DateSpec; a range gives both ends. */
export function cslDate(spec: DateSpec): CslDate {
  return { 'date-parts': spec.to ? [datePartsOf(spec.from), datePartsOf(spec.to)] : [datePartsOf(spec.from)] };
}

const cslDay = (d: Date): CslDate => ({ 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] });

/** A CSL id and BibTeX key: letters, digits and underscores (BibTeX tools refuse a key with dashes). */
const cslId = (prefix: string, id: string) => `${prefix}_${id}`.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * The entry page as a CSL-JSON web page; `changed` is the day its file last changed.
 * `urls` is this build's paths unless the caller runs outside Vite (src/io/citations-ahead.ts).
 */
export function entryCsl(
  entry: Item<Pick<EntryData, 'title'>>,
  changed: Date | undefined,
  urls: Pick<SitePaths, 'absolute' | 'entry'> = paths,
): CslItem {
  const id = cslId('kzaz', entry.id);
  return {
    id,
    'citation-key': id,
    type: 'webpage',
    title: entry.data.title,
    'container-title': SITE_NAME,
    ...(changed && { issued: cslDay(changed) }),
    URL: urls.absolute(urls.entry(entry.id)),
  };
}

/** A source document (an article on the web) as CSL-JSON: its publisher, author (when distinct), date at its precision, address. */
export function sourceCsl(source: Item<SourceData>): CslItem {
  const d = source.data;
  const publisher = statedPublisher(d);
  const author = distinctAuthor(d);
  const id = cslId('source', source.id);
  return {
    id,
    'citation-key': id,
    type: 'webpage',
    title: d.title,
    ...(publisher && { 'container-title': publisher, publisher }),
    ...(author && { author: [{ literal: author }] }),
    ...(d.published && { issued: cslDate(d.published) }),
    ...(d.url && { URL: d.url }),
    ...(d.untitled && { note: 'Untitled report; the title is its first sentence.' }),
  };
}
