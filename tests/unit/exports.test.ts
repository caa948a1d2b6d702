import { describe, expect, it } from 'vitest';
import { exportRow as rowOf, toCsv } from '../../src/lib/exports/rows';
import { toIcs } from '../../src/lib/feeds/ical';
import { entry } from './factory';

const base = {
  id: '2025-03-03-visit',
  kind: 'visit' as const,
  title: 'A visit, with "quotes"',
  status: 'happened' as 'happened' | 'planned',
  date: '2025-03-03',
  summary: 'Line one; with a comma, and more',
  topics: ['diplomacy', 'energy'],
  countries: ['KZ', 'AZ'] as ('KZ' | 'AZ')[],
  sources: ['a'],
};
/** The export row of an entry made through the real schema from these fields. */
const exportRow = ({ id, ...fields }: typeof base) => rowOf(entry(id, fields), `https://example.org/entries/${id}/`);

describe('exports', () => {
  it('adds the date at its precision and its span', () => {
    const row = exportRow({ ...base, date: '2023-03' });
    expect(row).toMatchObject({ precision: 'month', start: '2023-03-01', end: '2023-03-31', dateText: 'March 2023' });
  });

  it('writes RFC 4180 CSV with quoted cells and joined lists', () => {
    const csv = toCsv([exportRow(base)]);
    const [header, line] = csv.split('\r\n');
    expect(header!.split(',')).toContain('dateText');
    expect(line).toContain('"A visit, with ""quotes"""');
    expect(line).toContain('diplomacy; energy');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('puts only day-precise entries in the calendar, as all-day events ending the day after', () => {
    const ics = toIcs(
      [
        exportRow(base),
        exportRow({ ...base, id: 'm', date: '2023-03' }),
        exportRow({ ...base, id: 'r', date: '2025-10-20/2025-10-21', status: 'planned' }),
      ],
      'https://example.org/',
    );
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20250303\r\nDTEND;VALUE=DATE:20250304');
    expect(ics).toContain('DTSTART;VALUE=DATE:20251020\r\nDTEND;VALUE=DATE:20251022');
    expect(ics).toContain('SUMMARY:[Planned] A visit\\, with "quotes"');
    expect(ics).not.toContain('UID:m@');
  });

  it('folds calendar lines at 75 octets and is the same on every run', () => {
    const long = exportRow({ ...base, summary: 'Ä'.repeat(100) });
    const ics = toIcs([long], 'https://example.org/');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(toIcs([long], 'https://example.org/')).toBe(ics);
  });

  it('folds between characters of 1 to 4 octets, and unfolding gives the line back', () => {
    const summary = 'Baku ə Астана € 😀 '.repeat(12);
    const ics = toIcs([exportRow({ ...base, summary })], 'https://example.org/');
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      // No line ends or starts inside a surrogate pair (a lone half would not survive UTF-8).
      expect(new TextDecoder().decode(new TextEncoder().encode(line))).toBe(line);
    }
    expect(ics.replace(/\r\n /g, '')).toContain(`DESCRIPTION:${summary.trim()}`);
  });
});
