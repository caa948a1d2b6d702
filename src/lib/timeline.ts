/**
 * Ordering and grouping of entries for lists. Works on any item that has an id and a
 * date string, so it is tested without Astro.
 */
import { compareDateSpecs, parseDateSpec, yearOf, type DateSpec } from './dates';

export interface Dated {
  id: string;
  data: { date: string; status?: string; title?: string };
}

const specCache = new Map<string, DateSpec>();
/** Parsed date of an item (memoised: the same text always gives the same spec). */
export function specOf(item: Dated): DateSpec {
  let spec = specCache.get(item.data.date);
  if (!spec) {
    spec = parseDateSpec(item.data.date);
    specCache.set(item.data.date, spec);
  }
  return spec;
}

/** Oldest first; ties broken by id so the order never depends on file-system order. */
export function compareChronological(a: Dated, b: Dated): number {
  return compareDateSpecs(specOf(a), specOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortChronological<T extends Dated>(items: readonly T[], order: 'asc' | 'desc' = 'asc'): T[] {
  const sorted = [...items].sort(compareChronological);
  return order === 'asc' ? sorted : sorted.reverse();
}

export interface YearGroup<T> {
  year: number;
  items: T[];
}

/** Groups already-sorted items by the year they start in, keeping their order. */
export function groupByYear<T extends Dated>(sorted: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of sorted) {
    const year = yearOf(specOf(item));
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/** Splits entries into what happened and what is planned ("Ahead"). */
export function splitByStatus<T extends Dated>(items: readonly T[]): { happened: T[]; planned: T[] } {
  const happened: T[] = [];
  const planned: T[] = [];
  for (const item of items) (item.data.status === 'planned' ? planned : happened).push(item);
  return { happened, planned };
}

/** The neighbours of an item in chronological order. */
export function neighbours<T extends Dated>(sorted: readonly T[], id: string): { prev?: T; next?: T } {
  const i = sorted.findIndex((e) => e.id === id);
  if (i < 0) return {};
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}
