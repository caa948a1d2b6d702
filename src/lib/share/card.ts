/**
 * What a share image shows (the pure model; ./layout.ts draws it): the page's title, its
 * date exactly as precise as the entry's (the site's one formatter), the kind and status
 * badges as the page's KindBadge says them, one line of detail, and the site's name.
 * The same model gives the image's alternative text and, hashed, its cache key.
 */
import type { EntityCollection } from '../../collections';
import { translator } from '../../i18n';
import { formatDateSpec } from '../../primitives/dates';
import type { EntityData, EntryData, Item, SeriesData } from '../../schemas/types';
import { entityFacts } from '../entities/facts';
import { label, timingLabel } from '../format/labels';
import { timingOf } from '../timeline/timing';

// Share images are made once per English page: their words come from the English dictionary.
const { t, tn } = translator('en');

/** The colour of a badge: an entry's kind, a plan (ahead or past due), or anything else. */
export type BadgeTone = EntryData['kind'] | 'planned' | 'neutral';

export interface ShareBadge {
  text: string;
  tone: BadgeTone;
}

export interface ShareCard {
  /** Where the image lives under /share/, without ".png": "entries/<id>", "topics/<id>", "data/<id>", "site". */
  path: string;
  title: string;
  /** The date at its own precision ("March 2025", "second quarter of 2026"); none for pages without one. */
  date?: string | undefined;
  badges: ShareBadge[];
  /** One line under the title: a person's role, a series' unit, the site's description. */
  detail?: string | undefined;
  /** The site's name, at the foot. */
  site: string;
}

/** An entry: its kind and where it stands on the as-of day (Happened, Planned, Past due). */
export function entryShareCard(entry: Item<EntryData>, asOf: string, site: string): ShareCard {
  const d = entry.data;
  const timing = timingOf(d, asOf);
  return {
    path: `entries/${entry.id}`,
    title: d.title,
    date: formatDateSpec(d.date),
    badges: [
      { text: label(d.kind), tone: d.kind },
      { text: timingLabel(timing), tone: timing === 'happened' ? 'neutral' : 'planned' },
    ],
    site,
  };
}

/** A topic, person, organisation or place: what it is, its facts, how many entries name it. */
export function entityShareCard(
  collection: EntityCollection,
  entity: Item<EntityData>,
  entries: number,
  site: string,
): ShareCard {
  const facts = entityFacts(entity.data).join(' · ');
  return {
    path: `${collection}/${entity.id}`,
    title: entity.data.name,
    badges: [
      { text: t(`collection.${collection}.singular`), tone: 'neutral' },
      { text: tn('list.entries', entries), tone: 'neutral' },
    ],
    detail: facts || undefined,
    site,
  };
}

/** A data series: its unit and how many figures it holds. */
export function seriesShareCard(series: Item<SeriesData>, site: string): ShareCard {
  const n = series.data.points.length;
  return {
    path: `data/${series.id}`,
    title: series.data.title,
    badges: [
      { text: t('collection.series.singular'), tone: 'neutral' },
      { text: tn('share.figures', n), tone: 'neutral' },
    ],
    detail: t('share.unit', { unit: series.data.unit }),
    site,
  };
}

/** The home page, and every page without a card of its own. */
export function siteShareCard(site: string, description: string): ShareCard {
  return { path: 'site', title: site, badges: [], detail: description, site };
}

/** The image's alternative text: what it says, in reading order. */
export function shareAlt(card: ShareCard): string {
  const parts = [card.badges.map((b) => b.text).join(', '), card.title, card.date, card.detail];
  const said = parts.filter((p): p is string => Boolean(p)).map((p) => p.replace(/[.\s]+$/, ''));
  return `${said.join('. ')}. ${card.title === card.site ? '' : card.site}`.trim();
}
