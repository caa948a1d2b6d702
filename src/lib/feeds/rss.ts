/**
 * What an RSS feed of entries holds, for the site's feed and every entity's: the latest
 * entries that happened, newest first (a planned item is not news yet). Pure: the route
 * hands the result to @astrojs/rss.
 */
import type { EntryData, Item } from '../../schemas/types';

/** How many items a feed holds at most: a feed does not grow with the record. */
export const FEED_SIZE = 50;

export interface FeedItem {
  title: string;
  description: string;
  /** Absolute address of the entry page. */
  link: string;
  pubDate: Date;
  categories: string[];
}

/** The entries a feed shows, from a list oldest first: the latest {@link FEED_SIZE} that happened, newest first. */
export const feedEntries = <E extends Item<EntryData>>(entries: readonly E[]): E[] =>
  entries
    .filter((e) => e.data.status === 'happened')
    .slice(-FEED_SIZE)
    .reverse();

/** The feed items of entries (oldest first); `url` gives an entry's absolute address. */
export const rssItems = (entries: readonly Item<EntryData>[], url: (id: string) => string): FeedItem[] =>
  feedEntries(entries).map((e) => ({
    title: e.data.title,
    description: e.data.summary,
    link: url(e.id),
    pubDate: e.data.date.start,
    categories: [e.data.kind, ...e.data.topics.map((t) => t.id)],
  }));
