/** View models of the entity pages (topics, people, organisations, places) and their indexes. */
import type { PaginateFunction } from 'astro';
import { COLLECTIONS, ENTITY_COLLECTIONS, type EntityCollection } from '../collections';
import { entityAliases, entityFactFields, entityNames } from '../lib/entities/facts';
import { entryCard } from '../lib/entry/cards';
import { followLinks } from '../lib/feeds/follow';
import { toMapPlace } from '../lib/map/places';
import { entitySearchAttributes } from '../lib/search/attributes';
import { PAGE_SIZE } from '../lib/timeline/lists';
import { paths } from '../lib/urls/paths';
import { entityShareImage } from './share';
import { entityNode } from '../lib/structured/entity';
import { withCacheKeys } from './cache-key';
import { getAsOf, getEntities, getGraph, getLookup, type Entity, type Place } from './load';
import type { LocaleParam } from '../i18n/locales';

const words = (collection: EntityCollection) => ({
  ...COLLECTIONS[collection],
  collection,
  intro: COLLECTIONS[collection].entity.intro,
  href: paths.entities(collection),
});

/** One index page per entity collection: every item with its facts and number of entries. */
export async function getEntityIndexPages() {
  const { backlinks } = await getGraph();
  const routes = await Promise.all(
    ENTITY_COLLECTIONS.map(async (collection) => ({
      params: { collection },
      props: {
        words: words(collection),
        items: (await getEntities(collection)).map((item) => ({
          href: paths.entity(collection, item.id),
          name: item.data.name,
          aliases: entityAliases(item.data),
          names: entityNames(item.data),
          facts: entityFactFields(item.data),
          count: backlinks[collection].get(item.id)?.length ?? 0,
        })),
      },
    })),
  );
  return withCacheKeys(routes);
}

function entityView(collection: EntityCollection, entity: Entity) {
  return {
    words: words(collection),
    name: entity.data.name,
    description: entity.data.description,
    aliases: entityAliases(entity.data),
    names: entityNames(entity.data),
    facts: entityFactFields(entity.data),
    search: entitySearchAttributes(collection, entity),
    /** Its own feed and calendar: the entries below, to follow. */
    follow: followLinks(collection, entity),
    /** A place's locator map. */
    place: collection === 'places' ? toMapPlace(entity as Place) : undefined,
    jsonLd: [entityNode(collection, entity.id, entity.data)],
  };
}

/** The pages of every entity, with its entries oldest first, paginated. */
export async function getEntityPages(paginate: PaginateFunction, extra: LocaleParam = {}) {
  const { backlinks } = await getGraph();
  const { topics } = await getLookup();
  const routes = [];
  for (const collection of ENTITY_COLLECTIONS) {
    for (const entity of await getEntities(collection)) {
      const cards = (backlinks[collection].get(entity.id) ?? []).map((e) => entryCard(e, topics, getAsOf()));
      const params = { ...extra, collection, id: entity.id };
      // Every page of an entity shares the first page's image.
      const props = {
        entity: entityView(collection, entity),
        share: entityShareImage(collection, entity, cards.length),
      };
      routes.push(...paginate(cards, { params, props, pageSize: PAGE_SIZE }));
    }
  }
  return withCacheKeys(routes);
}
