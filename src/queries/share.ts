/**
 * Share images: which pages have one (every entry, entity and data series, and the site's
 * own card for the home page and every page without one), what each shows, and its PNG,
 * drawn once and then read from the cache while the card is unchanged. SHARE_IMAGES=off
 * turns them all off.
 */
import { ENTITY_COLLECTIONS, type EntityCollection } from '../collections';
import { shareImagesOn } from '../io/env';
import { shareFonts } from '../io/fonts';
import { codeHash } from '../io/code-hash';
import { drawToFile } from '../io/share-draw';
import { cachedImageFile, isCached, readImage, shareToolVersions } from '../io/share-cache';
import {
  entityShareCard,
  entryShareCard,
  seriesShareCard,
  shareAlt,
  siteShareCard,
  type ShareCard,
} from '../lib/share/card';
import { shareKey, type ShareDrawing } from '../lib/share/key';
import { SHARE_HEIGHT, SHARE_WIDTH } from '../lib/share/layout';
import { SHARE_RENDERER_FILES } from '../lib/share/render';
import { paths } from '../lib/urls/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '../site';
import type { EntityData, EntryData, Item, SeriesData } from '../schemas/types';
import { getAsOf, getEntities, getEntries, getGraph, getSeries } from './load';

/** What a page's <head> says of its share image. */
export interface ShareImage {
  src: string;
  alt: string;
  width: number;
  height: number;
}

const imageOf = (card: ShareCard): ShareImage | undefined =>
  shareImagesOn()
    ? { src: paths.shareImage(card.path), alt: shareAlt(card), width: SHARE_WIDTH, height: SHARE_HEIGHT }
    : undefined;

const siteCard = () => siteShareCard(SITE_NAME, SITE_DESCRIPTION);
const entryCard = (entry: Item<EntryData>) => entryShareCard(entry, getAsOf(), SITE_NAME);
const entityCard = (collection: EntityCollection, entity: Item<EntityData>, entries: number) =>
  entityShareCard(collection, entity, entries, SITE_NAME);
const seriesCard = (series: Item<SeriesData>) => seriesShareCard(series, SITE_NAME);

/** The image of the home page, and of every page without its own. */
export const siteShareImage = () => imageOf(siteCard());
export const entryShareImage = (entry: Item<EntryData>) => imageOf(entryCard(entry));
export const entityShareImage = (collection: EntityCollection, entity: Item<EntityData>, entries: number) =>
  imageOf(entityCard(collection, entity, entries));
export const seriesShareImage = (series: Item<SeriesData>) => imageOf(seriesCard(series));

/** Every card: one per entry, entity and data series, and the site's. */
export async function getShareCards(): Promise<ShareCard[]> {
  const { backlinks } = await getGraph();
  const cards = [siteCard(), ...(await getEntries()).map(entryCard)];
  for (const collection of ENTITY_COLLECTIONS) {
    for (const entity of await getEntities(collection))
      cards.push(entityCard(collection, entity, backlinks[collection].get(entity.id)?.length ?? 0));
  }
  cards.push(...(await getSeries()).map(seriesCard));
  return cards;
}

let drawing: ShareDrawing | undefined;
const keyOf = (card: ShareCard) => {
  drawing ??= { renderer: codeHash(SHARE_RENDERER_FILES), fonts: shareFonts().hash, tools: shareToolVersions() };
  return shareKey(card, drawing);
};
/** Images being drawn, by key: the file of the cache each is drawn into. */
const drawn = new Map<string, Promise<string>>();

/**
 * The file of the cache that holds a card's PNG, drawn into it first (once) when this
 * card was not drawn before in the same way: the build links it into its output instead
 * of writing the bytes again.
 */
export function sharePngFile(card: ShareCard): Promise<string> {
  const key = keyOf(card);
  const started = drawn.get(key);
  if (started) return started;
  const { fonts } = shareFonts();
  const file = cachedImageFile(key, (to) => drawToFile(card, fonts, to));
  drawn.set(key, file);
  // Kept while it is drawn; after that the cache has it (or, if drawing failed, the page's
  // own call draws again and the build reports the error).
  const forget = () => drawn.delete(key);
  file.then(forget, forget);
  return file;
}

/** A card's PNG (for `astro dev`, which serves it as a route). */
export const sharePng = async (card: ShareCard): Promise<Buffer> => readImage(await sharePngFile(card));

/**
 * The routes of /share/<path>.png; none when SHARE_IMAGES=off. Astro asks every route for
 * its paths before it renders any page, so the cards not in the cache start drawing here,
 * in threads beside the pages' rendering, and are ready (or nearly) when the build writes
 * them after the pages (src/io/files-after-build.ts; so no cacheKey).
 */
export async function getSharePaths() {
  if (!shareImagesOn()) return [];
  const cards = await getShareCards();
  for (const card of cards) if (!isCached(keyOf(card))) void sharePngFile(card);
  return cards.map((card) => ({ params: { path: card.path }, props: { card } }));
}
