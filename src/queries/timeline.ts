/** View models of the timeline pages: home, oldest first, ahead, years, kinds. */
import type { PaginateFunction } from 'astro';
import { ENTRY_KINDS } from '../schemas/entry';
import { entryCard, namedLinks, type EntryCard } from '../lib/entry/cards';
import { kindPlural } from '../lib/format/labels';
import { homeSlices, PAGE_SIZE, yearCounts } from '../lib/timeline/lists';
import { entryYear, splitByTiming } from '../lib/timeline/order';
import { dayText } from '../lib/format/day';
import { withCacheKeys } from './cache-key';
import { getAsOf, getEntries, getLookup, getTopics, type Entry } from './load';
import type { LocaleParam } from '../i18n/locales';

const cardsOf = async (entries: readonly Entry[]): Promise<EntryCard[]> => {
  const { topics } = await getLookup();
  return entries.map((e) => entryCard(e, topics, getAsOf()));
};

/** What the timeline pages (newest first on the home page, oldest first) show. */
export async function getTimeline(order: 'desc' | 'asc') {
  const entries = await getEntries();
  const { topics } = await getLookup();
  const s = homeSlices(entries, order, getAsOf());
  return {
    order,
    ahead: await cardsOf(s.ahead),
    aheadTotal: s.aheadTotal,
    pastDueTotal: s.pastDueTotal,
    shown: await cardsOf(s.shown),
    happenedTotal: s.happenedTotal,
    years: yearCounts(entries),
    topics: namedLinks('topics', await getTopics(), topics),
  };
}

/** Every plan, by the date it is due: those still ahead, and those past due on the as-of day. */
export async function getAhead() {
  const asOf = getAsOf();
  const split = splitByTiming(await getEntries(), asOf);
  return {
    asOf: dayText(asOf),
    ahead: await cardsOf(split.ahead),
    pastDue: await cardsOf(split['past-due']),
  };
}

/** Years that have entries, with their counts. */
export const getYears = async () => yearCounts(await getEntries());

/** One page per year, oldest first within it. */
export async function getYearPages() {
  const entries = await getEntries();
  const years = yearCounts(entries);
  const routes = await Promise.all(
    years.map(async ({ year }) => ({
      params: { year: String(year) },
      props: { year, years, cards: await cardsOf(entries.filter((e) => entryYear(e) === year)) },
    })),
  );
  return withCacheKeys(routes);
}

/** The pages of each kind (visits, agreements, events), newest first. */
export async function getKindPages(paginate: PaginateFunction, extra: LocaleParam = {}) {
  const newestFirst = await cardsOf((await getEntries()).toReversed());
  return withCacheKeys(
    ENTRY_KINDS.flatMap((kind) =>
      paginate(
        newestFirst.filter((c) => c.kind === kind),
        { params: { ...extra, kind }, props: { kind, title: kindPlural(kind) }, pageSize: PAGE_SIZE },
      ),
    ),
  );
}
