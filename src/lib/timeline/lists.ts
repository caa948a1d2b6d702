/** Sizes and slices of the lists pages show, so no page grows with the corpus. */
import { entryYear, sortChronological, splitByTiming, type Dated } from './order';

/** Entries shown on the home page and the oldest-first page before pointing to year pages. */
export const HOME_LIMIT = 40;
/** Planned items shown on the home page before pointing to the "Ahead" page. */
export const AHEAD_LIMIT = 8;
/** Entries per page on kind, topic and entity pages. */
export const PAGE_SIZE = 40;
/** Rows per page of the agreements register (a table: denser than a list). */
export const REGISTER_PAGE_SIZE = 100;

/** What the home page shows: a few plans still ahead, and the newest things that happened. */
export function homeSlices<T extends Dated>(sortedAsc: readonly T[], order: 'desc' | 'asc', asOf: string) {
  const { happened, ahead, 'past-due': pastDue } = splitByTiming(sortedAsc, asOf);
  const shown = order === 'desc' ? happened.slice(-HOME_LIMIT).reverse() : happened.slice(0, HOME_LIMIT);
  return {
    ahead: ahead.slice(0, AHEAD_LIMIT),
    aheadTotal: ahead.length,
    pastDueTotal: pastDue.length,
    shown,
    happenedTotal: happened.length,
  };
}

/** Years that have entries, with their counts, oldest first. */
export function yearCounts<T extends Dated>(sortedAsc: readonly T[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const e of sortedAsc) counts.set(entryYear(e), (counts.get(entryYear(e)) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year);
}

export { sortChronological };
