/**
 * Dates with precision. An entry's date is a string that says exactly as much as the
 * source says and no more:
 *
 *   2025-03-03              day
 *   2023-03                 month
 *   2026-Q2                 quarter
 *   2025-H1                 half year
 *   2022                    year
 *   2025-10-20/2025-10-21   a range of any two of the above (end not before start)
 *
 * Everything here works in UTC. This module holds the project's only
 * Intl.DateTimeFormat and its only chronological comparator.
 */

export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year';

export interface DatePoint {
  /** The text as written, e.g. `2023-03`. */
  text: string;
  precision: Precision;
  /** First instant covered (UTC midnight). */
  start: Date;
  /** Last day covered, at UTC midnight (inclusive). */
  end: Date;
}

export interface DateSpec {
  /** The text as written, e.g. `2025-10-20/2025-10-21`. */
  text: string;
  from: DatePoint;
  /** Present only for ranges. */
  to?: DatePoint;
  /** Coarsest precision of the parts: a range of two days is `day`. */
  precision: Precision;
  start: Date;
  end: Date;
}

/** Thrown by {@link parseDateSpec}; the message says what is wrong and how to write it. */
export class DateSpecError extends Error {}

export const DATE_FORMATS_HELP =
  'write it as YYYY-MM-DD (2025-03-03), YYYY-MM (2023-03), YYYY-Qn (2026-Q2), YYYY-Hn (2025-H1), YYYY (2022), or a range FROM/TO (2025-10-20/2025-10-21)';

const PRECISION_RANK: Record<Precision, number> = { year: 0, half: 1, quarter: 2, month: 3, day: 4 };

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parsePoint(text: string): DatePoint {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) {
    const y = +m[1];
    return { text, precision: 'year', start: utc(y, 1, 1), end: utc(y, 12, 31) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) {
    const y = +m[1];
    const q = +m[2];
    const first = (q - 1) * 3 + 1;
    return {
      text,
      precision: 'quarter',
      start: utc(y, first, 1),
      end: utc(y, first + 2, lastDayOfMonth(y, first + 2)),
    };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(text))) {
    const y = +m[1];
    const first = m[2] === '1' ? 1 : 7;
    return { text, precision: 'half', start: utc(y, first, 1), end: utc(y, first + 5, lastDayOfMonth(y, first + 5)) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const y = +m[1];
    const mo = +m[2];
    if (mo < 1 || mo > 12)
      throw new DateSpecError(`"${text}" has month ${m[2]}, but months run from 01 to 12 — correct the month`);
    return { text, precision: 'month', start: utc(y, mo, 1), end: utc(y, mo, lastDayOfMonth(y, mo)) };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    const y = +m[1];
    const mo = +m[2];
    const d = +m[3];
    if (mo < 1 || mo > 12)
      throw new DateSpecError(`"${text}" has month ${m[2]}, but months run from 01 to 12 — correct the month`);
    const last = lastDayOfMonth(y, mo);
    if (d < 1 || d > last)
      throw new DateSpecError(`"${text}" has day ${m[3]}, but that month has ${last} days — correct the day`);
    const day = utc(y, mo, d);
    return { text, precision: 'day', start: day, end: day };
  }
  throw new DateSpecError(`"${text}" is not a date this site understands — ${DATE_FORMATS_HELP}`);
}

/**
 * Parses a date string. YAML may hand over a Date (unquoted 2025-03-03) or a number
 * (unquoted 2022); both are accepted and normalised back to text. A date the schema
 * has already parsed is returned as it is.
 */
export function parseDateSpec(input: unknown): DateSpec {
  if (isParsed(input)) return input;
  const text = normaliseDateInput(input);
  const parts = text.split('/');
  if (parts.length > 2) throw new DateSpecError(`"${text}" has more than one "/" — write a range as FROM/TO`);
  const from = parsePoint(parts[0].trim());
  if (parts.length === 1) return { text, from, precision: from.precision, start: from.start, end: from.end };
  const to = parsePoint(parts[1].trim());
  if (to.end < from.start) {
    throw new DateSpecError(`"${text}" ends (${to.text}) before it starts (${from.text}) — put the earlier date first`);
  }
  const precision = PRECISION_RANK[from.precision] <= PRECISION_RANK[to.precision] ? from.precision : to.precision;
  return { text, from, to, precision, start: from.start, end: to.end };
}

const isParsed = (input: unknown): input is DateSpec =>
  typeof input === 'object' && input !== null && 'from' in input && 'text' in input && 'start' in input;

/** Text form of whatever YAML produced for a date field. */
export function normaliseDateInput(input: unknown): string {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime()))
      throw new DateSpecError(`the date is not a valid calendar date — ${DATE_FORMATS_HELP}`);
    return input.toISOString().slice(0, 10);
  }
  if (typeof input === 'number' && Number.isInteger(input)) return String(input);
  if (typeof input === 'string' && input.trim() !== '') return input.trim();
  throw new DateSpecError(`a date is required — ${DATE_FORMATS_HELP}`);
}

/** True when the text is a valid date string. */
export function isDateSpec(input: unknown): boolean {
  try {
    parseDateSpec(input);
    return true;
  } catch {
    return false;
  }
}

/** Year of the start of the date, the one a timeline files it under. */
export const yearOf = (spec: DateSpec): number => spec.start.getUTCFullYear();

/**
 * The chronological comparator. Earlier start first; on the same start the coarser
 * date first (a "March 2023" item heads the days of March 2023); then the shorter
 * span; then the caller's tie-break (an id), so the order never depends on input order.
 */
export function compareDateSpecs(a: DateSpec, b: DateSpec): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
    a.end.getTime() - b.end.getTime()
  );
}

const dayFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
type DayParts = { day: string; month: string; year: string };
const partsCache = new Map<number, DayParts>();
/** Day, month name and year of a date (memoised: a corpus reuses few dates, and formatting is slow). */
const parts = (d: Date): DayParts => {
  let out = partsCache.get(d.getTime());
  if (!out) {
    const o: Record<string, string> = {};
    for (const p of dayFmt.formatToParts(d)) o[p.type] = p.value;
    out = o as DayParts;
    partsCache.set(d.getTime(), out);
  }
  return out;
};
const ORDINAL = ['first', 'second', 'third', 'fourth'];

function formatPoint(p: DatePoint): string {
  const { day, month, year } = parts(p.start);
  switch (p.precision) {
    case 'day':
      return `${day} ${month} ${year}`;
    case 'month':
      return `${month} ${year}`;
    case 'quarter':
      return `${ORDINAL[Math.floor(p.start.getUTCMonth() / 3)]} quarter of ${year}`;
    case 'half':
      return `${p.start.getUTCMonth() === 0 ? 'first' : 'second'} half of ${year}`;
    case 'year':
      return year;
  }
}

/**
 * What a language needs to write dates: its Intl tag (days and months come from
 * Intl.DateTimeFormat) and its words for quarters and halves, which Intl has no format
 * for (from the language's dictionary, src/i18n/). English, the default, is written by
 * the rules above.
 */
export interface DateWords {
  tag: string;
  quarter: (n: 1 | 2 | 3 | 4, year: string) => string;
  half: (n: 1 | 2, year: string) => string;
}

/**
 * Human text at the date's own precision: "3 March 2025", "March 2023", "2022",
 * "second quarter of 2026", "20–21 October 2025", "30 September – 2 October 2025".
 * With `words` of another language, the same in that language ("20–21 октября 2025 г.").
 */
export function formatDateSpec(spec: DateSpec, words?: DateWords): string {
  if (words && words.tag !== 'en-GB') return formatLocalised(spec, words);
  if (!spec.to) return formatPoint(spec.from);
  const a = spec.from;
  const b = spec.to;
  if (a.precision === 'day' && b.precision === 'day') {
    const pa = parts(a.start);
    const pb = parts(b.start);
    if (pa.year === pb.year && pa.month === pb.month) return `${pa.day}–${pb.day} ${pb.month} ${pb.year}`;
    if (pa.year === pb.year) return `${pa.day} ${pa.month} – ${pb.day} ${pb.month} ${pb.year}`;
  }
  if (a.precision === 'month' && b.precision === 'month') {
    const pa = parts(a.start);
    const pb = parts(b.start);
    if (pa.year === pb.year) return `${pa.month}–${pb.month} ${pb.year}`;
  }
  return `${formatPoint(a)} – ${formatPoint(b)}`;
}

const intlCache = new Map<string, Intl.DateTimeFormat>();
/** Intl.DateTimeFormat of a language, for days or months (memoised: creating one is slow). */
function intl(tag: string, precision: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${tag}|${precision}`;
  let f = intlCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, {
      timeZone: 'UTC',
      ...(precision === 'day' ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
    });
    intlCache.set(key, f);
  }
  return f;
}

function formatLocalisedPoint(p: DatePoint, w: DateWords): string {
  const year = String(p.start.getUTCFullYear());
  switch (p.precision) {
    case 'day':
    case 'month':
      return intl(w.tag, p.precision).format(p.start);
    case 'quarter':
      return w.quarter((Math.floor(p.start.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4, year);
    case 'half':
      return w.half(p.start.getUTCMonth() === 0 ? 1 : 2, year);
    case 'year':
      return year;
  }
}

function formatLocalised(spec: DateSpec, w: DateWords): string {
  if (!spec.to) return formatLocalisedPoint(spec.from, w);
  const a = spec.from;
  const b = spec.to;
  // Intl joins two days or two months of one language as that language does ("20–21 октября").
  if (a.precision === b.precision && (a.precision === 'day' || a.precision === 'month')) {
    return intl(w.tag, a.precision).formatRange(a.start, b.start);
  }
  return `${formatLocalisedPoint(a, w)} – ${formatLocalisedPoint(b, w)}`;
}

/**
 * The point as an ISO 8601 date at reduced precision, as schema.org and HTML read it:
 * a day (2025-03-03), a month (2023-03) or a year (2022). ISO 8601 has no common form
 * for a quarter or a half year, so they give their year: coarser, never more precise.
 */
export function isoDate(p: DatePoint): string {
  switch (p.precision) {
    case 'day':
    case 'month':
      return p.text;
    default:
      return p.text.slice(0, 4);
  }
}

/** A value for `<time datetime>` (HTML's valid date strings cover year, month and day): {@link isoDate}. */
export const htmlDatetime = isoDate;

/** True when precision `a` says more than `b` (a day is finer than a month). */
export const isFinerThan = (a: Precision, b: Precision): boolean => PRECISION_RANK[a] > PRECISION_RANK[b];

/** Precision of an ISO 8601 date at reduced precision (YYYY, YYYY-MM, YYYY-MM-DD, or a longer timestamp: day). */
export function isoPrecision(iso: string): Precision | undefined {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}/.test(iso)) return 'day';
  return undefined;
}

/** ISO day (YYYY-MM-DD) of a Date, in UTC. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
