/**
 * Ordering and grouping of entries for lists. Works on any item that has an id and a
 * parsed date (the schema's output), so it is tested without Astro.
 */
import { compareDateSpecs, yearOf } from '../../primitives/dates';
import type { EntryData, Item } from '../../schemas/types';
import { timingOf, type Timing } from './timing';

/** What ordering needs of an entry: its id, date and status. */
export type Dated = Item<Pick<EntryData, 'date' | 'status'>>;

/** Oldest first; ties broken by id so the order never depends on file-system order. */
export function compareChronological(a: Dated, b: Dated): number {
  return compareDateSpecs(a.data.date, b.data.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortChronological<T extends Dated>(items: readonly T[], order: 'asc' | 'desc' = 'asc'): T[] {
  const sorted = [...items].sort(compareChronological);
  return order === 'asc' ? sorted : sorted.reverse();
}

export interface YearGroup<T> {
  year: number;
  items: T[];
}

/** The year an entry is filed under: the year its date starts in. */
export const entryYear = (item: Dated): number => yearOf(item.data.date);

/** Groups already-sorted items by year (by default the year their date starts in), keeping their order. */
export function groupByYear<T>(sorted: readonly T[], year: (item: T) => number): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of sorted) {
    const year_ = year(item);
    const last = groups.at(-1);
    if (last && last.year === year_) last.items.push(item);
    else groups.push({ year: year_, items: [item] });
  }
  return groups;
}

/**
 * Splits entries into what happened, what is still ahead and what is past due on the
 * as-of day (YYYY-MM-DD), keeping their order.
 */
export function splitByTiming<T extends Dated>(items: readonly T[], asOf: string): Record<Timing, T[]> {
  const out: Record<Timing, T[]> = { happened: [], ahead: [], 'past-due': [] };
  for (const item of items) out[timingOf(item.data, asOf)].push(item);
  return out;
}

/** Position of each item in a sorted list, so finding neighbours costs no scan. */
export const positions = (sorted: readonly Dated[]): Map<string, number> => new Map(sorted.map((e, i) => [e.id, i]));

/** The neighbours of an item in chronological order. */
export function neighbours<T extends Dated>(
  sorted: readonly T[],
  id: string,
  index: ReadonlyMap<string, number> = positions(sorted),
): { prev?: T | undefined; next?: T | undefined } {
  const i = index.get(id);
  if (i === undefined) return {};
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}
