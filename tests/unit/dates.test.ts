import { describe, expect, it } from 'vitest';
import {
  compareDateSpecs,
  DateSpecError,
  formatDateSpec,
  htmlDatetime,
  parseDateSpec,
  yearOf,
} from '../../src/primitives/dates';

const fmt = (s: string) => formatDateSpec(parseDateSpec(s));
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('parseDateSpec', () => {
  it.each([
    ['2025-03-03', 'day', '2025-03-03', '2025-03-03'],
    ['2023-03', 'month', '2023-03-01', '2023-03-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2026-Q2', 'quarter', '2026-04-01', '2026-06-30'],
    ['2025-H1', 'half', '2025-01-01', '2025-06-30'],
    ['2022', 'year', '2022-01-01', '2022-12-31'],
    ['2025-10-20/2025-10-21', 'day', '2025-10-20', '2025-10-21'],
    ['2026/2027', 'year', '2026-01-01', '2027-12-31'],
    ['2025-03/2025-04-15', 'month', '2025-03-01', '2025-04-15'],
  ])('%s has precision %s and spans %s..%s', (text, precision, start, end) => {
    const spec = parseDateSpec(text);
    expect(spec.precision).toBe(precision);
    expect(iso(spec.start)).toBe(start);
    expect(iso(spec.end)).toBe(end);
  });

  it('accepts what YAML makes of unquoted dates and years', () => {
    expect(parseDateSpec(new Date(Date.UTC(2025, 2, 3))).text).toBe('2025-03-03');
    expect(parseDateSpec(2022).precision).toBe('year');
  });

  it.each([
    ['2025-13-45', /month 13.*correct the month/],
    ['2025-02-30', /day 30, but that month has 28 days/],
    ['2023-02-29', /that month has 28 days/],
    ['March 2023', /not a date this site understands — write it as YYYY-MM-DD/],
    ['2025-Q5', /not a date/],
    ['2025-10-21/2025-10-20', /ends \(2025-10-20\) before it starts \(2025-10-21\) — put the earlier date first/],
    ['2025/2026/2027', /more than one "\/"/],
    ['', /a date is required/],
  ])('rejects %j with a message that says how to fix it', (text, message) => {
    expect(() => parseDateSpec(text)).toThrow(DateSpecError);
    expect(() => parseDateSpec(text)).toThrow(message);
  });
});

describe('formatDateSpec shows a date only as precisely as it is known', () => {
  it.each([
    ['2025-03-03', '3 March 2025'],
    ['2023-03', 'March 2023'],
    ['2022', '2022'],
    ['2026-Q2', 'second quarter of 2026'],
    ['2025-H1', 'first half of 2025'],
    ['2025-10-20/2025-10-21', '20–21 October 2025'],
    ['2025-09-30/2025-10-02', '30 September – 2 October 2025'],
    ['2024-12-30/2025-01-02', '30 December 2024 – 2 January 2025'],
    ['2025-03/2025-05', 'March–May 2025'],
    ['2026/2027', '2026 – 2027'],
  ])('%s → %s', (text, shown) => {
    expect(fmt(text)).toBe(shown);
  });

  it('never invents a day for a month-precision date', () => {
    expect(fmt('2023-03')).not.toMatch(/\b1 March/);
  });

  it('uses UTC, whatever the machine time zone', () => {
    expect(fmt('2025-01-01')).toBe('1 January 2025');
    expect(fmt('2025-12-31')).toBe('31 December 2025');
  });
});

describe('compareDateSpecs', () => {
  const sorted = (texts: string[]) =>
    texts
      .map((t) => parseDateSpec(t))
      .sort(compareDateSpecs)
      .map((s) => s.text);

  it('orders by start, coarser first on the same start (month before its first day)', () => {
    expect(sorted(['2023-03-05', '2023-03', '2023-03-01', '2023', '2022-12-31'])).toEqual([
      '2022-12-31',
      '2023',
      '2023-03',
      '2023-03-01',
      '2023-03-05',
    ]);
  });

  it('puts a month-precision item before later days of that month and after earlier months', () => {
    expect(sorted(['2025-04-10', '2025-03-31', '2025-04'])).toEqual(['2025-03-31', '2025-04', '2025-04-10']);
  });

  it('orders ranges by start, then the shorter first', () => {
    expect(sorted(['2025-10-20/2025-10-22', '2025-10-20/2025-10-21', '2025-10-21'])).toEqual([
      '2025-10-20/2025-10-21',
      '2025-10-20/2025-10-22',
      '2025-10-21',
    ]);
  });

  it('gives 0 for the same date', () => {
    expect(compareDateSpecs(parseDateSpec('2025-H1'), parseDateSpec('2025-H1'))).toBe(0);
  });
});

describe('htmlDatetime and yearOf', () => {
  it('gives valid <time datetime> values at the right precision', () => {
    expect(htmlDatetime(parseDateSpec('2025-03-03').from)).toBe('2025-03-03');
    expect(htmlDatetime(parseDateSpec('2023-03').from)).toBe('2023-03');
    expect(htmlDatetime(parseDateSpec('2026-Q2').from)).toBe('2026');
  });
  it('files a range under the year it starts in', () => {
    expect(yearOf(parseDateSpec('2024-12-30/2025-01-02'))).toBe(2024);
  });
});
