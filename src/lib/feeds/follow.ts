/** What a page with its own feed and calendar links to (an entity's page): the name followed and the two addresses. */
import type { EntityCollection } from '../../collections';
import type { EntityData, Item } from '../../schemas/types';
import { entityNames } from '../entities/facts';
import { paths } from '../urls/paths';

export const followLinks = (collection: EntityCollection, entity: Item<EntityData>) => ({
  /** What the feeds follow, in English, and in the standard spelling of each other language that has one. */
  name: entity.data.name,
  names: entityNames(entity.data),
  rss: paths.entityFeed(collection, entity.id),
  calendar: paths.entityCalendar(collection, entity.id),
});

/** The props of the visible follow line and of the `<head>` links (src/components/FollowLinks.astro, FeedAlternates.astro). */
export type FollowLinks = ReturnType<typeof followLinks>;
