/**
 * The iCalendar file of entries, for the site's calendar and every entity's: one all-day
 * event per entry dated to the day, written from the export rows. Pure.
 */
import { isoDay } from '../../primitives/dates';
import { SITE_NAME } from '../../site';
import { translator } from '../../i18n';
import type { ExportRow } from '../exports/rows';

const icsText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** UTF-8 octets of one code point. */
const octets = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** Folds a content line at 75 octets, as RFC 5545 asks, never inside a character. */
function fold(line: string): string {
  // Each UTF-16 unit is at most 3 octets (a surrogate pair is 4 for 2 units): a short line needs no count.
  if (line.length * 3 <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
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

/** Whether a row is an event of the calendar: dated to the day, or to a range of days. */
export const inCalendar = (r: Pick<ExportRow, 'precision'>): boolean => r.precision === 'day';

/**
 * An iCalendar file with one all-day event per entry dated to the day (or a range of
 * days). Entries known only to the month or year are left out: a calendar cannot show
 * "March 2023" without inventing a day.
 */
// The calendars are in English: there are no localized calendars.
const { t } = translator('en');

export function toIcs(rows: readonly ExportRow[], site: string, name: string = SITE_NAME): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kz-az-timeline//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icsText(name)}`,
  ];
  for (const r of rows.filter(inCalendar)) {
    const end = new Date(`${r.end}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.id}@${new URL(site).host}`,
      // A stamp derived from the entry, not the clock, so two builds give the same file.
      `DTSTAMP:${compact(r.start)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(r.start)}`,
      `DTEND;VALUE=DATE:${compact(isoDay(end))}`,
      `SUMMARY:${icsText(r.status === 'planned' ? t('feed.planned', { title: r.title }) : r.title)}`,
      `DESCRIPTION:${icsText(r.summary)}`,
      `URL:${r.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
