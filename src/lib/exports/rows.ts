/**
 * Machine-readable exports of the entries: JSON and CSV rows for researchers (the
 * iCalendar file is written from the same rows, in src/lib/feeds/ical.ts). Pure
 * functions over plain entry data.
 */
import { formatDateSpec, isoDay } from '../../primitives/dates';
import type { EntryData, Item } from '../../schemas/types';

/** One entry in the public exports (entries.json, entries.csv): references as ids, the date as text and as days. */
export interface ExportRow {
  id: string;
  url: string;
  title: string;
  kind: EntryData['kind'];
  status: EntryData['status'];
  /** The date as written (2025-10-20/2025-10-21). */
  date: string;
  summary: string;
  topics: string[];
  people: string[];
  organizations: string[];
  places: string[];
  countries: string[];
  sources: string[];
  /** The date in words, its precision, and the first and last day it covers. */
  dateText: string;
  precision: string;
  start: string;
  end: string;
}

const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

/** The export row of an entry; `url` is its absolute address. */
export function exportRow(e: Item<EntryData>, url: string): ExportRow {
  const d = e.data;
  const spec = d.date;
  return {
    id: e.id,
    url,
    title: d.title,
    kind: d.kind,
    status: d.status,
    date: spec.text,
    summary: d.summary,
    topics: ids(d.topics),
    people: ids(d.people),
    organizations: ids(d.organizations),
    places: ids(d.places),
    countries: [...d.countries],
    sources: ids(d.sources),
    dateText: formatDateSpec(spec),
    precision: spec.precision,
    start: isoDay(spec.start),
    end: isoDay(spec.end),
  };
}

const CSV_COLUMNS: (keyof ExportRow)[] = [
  'id',
  'date',
  'dateText',
  'precision',
  'start',
  'end',
  'kind',
  'status',
  'title',
  'summary',
  'topics',
  'people',
  'organizations',
  'places',
  'countries',
  'sources',
  'url',
];

const csvCell = (v: unknown): string => {
  const s = Array.isArray(v) ? v.join('; ') : String(v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV of `rows` in `columns` order, with a header row; lists are joined with "; ". */
export function csvTable<R>(columns: readonly (keyof R & string)[], rows: readonly R[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** The entries as CSV (entries.csv). */
export const toCsv = (rows: readonly ExportRow[]): string => csvTable(CSV_COLUMNS, rows);
