/**
 * Machine-readable exports of the entries: JSON and CSV rows for researchers, and an
 * iCalendar file of dated events. Pure functions over plain entry data.
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

const icsText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets, as RFC 5545 asks. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

/**
 * An iCalendar file with one all-day event per entry dated to the day (or a range of
 * days). Entries known only to the month or year are left out: a calendar cannot show
 * "March 2023" without inventing a day.
 */
export function toIcs(rows: readonly ExportRow[], site: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kz-az-timeline//EN',
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Kazakhstan–Azerbaijan relations',
  ];
  for (const r of rows) {
    if (r.precision !== 'day') continue;
    const end = new Date(`${r.end}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.id}@${new URL(site).host}`,
      // A stamp derived from the entry, not the clock, so two builds give the same file.
      `DTSTAMP:${compact(r.start)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(r.start)}`,
      `DTEND;VALUE=DATE:${compact(isoDay(end))}`,
      `SUMMARY:${icsText(r.status === 'planned' ? `[Planned] ${r.title}` : r.title)}`,
      `DESCRIPTION:${icsText(r.summary)}`,
      `URL:${r.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
