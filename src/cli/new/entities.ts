/** New people, places, organisations and sources made on the way (from flags or questions). */
import { COLLECTIONS } from '../../collections';
import type { Context } from './context';
import { suggestEntityId, type NewEntityCollection } from './entry-file';
import { knownIn } from './known';

/** Adds a new item to be written and returns its id; fails if the id is taken. */
export function addEntity(ctx: Context, collection: NewEntityCollection, data: Record<string, unknown>): string {
  const { id: givenId, ...fields } = data;
  const id = String(givenId ?? suggestEntityId(collection, fields));
  if (!id) ctx.fail(`a new ${collection} item needs a name (or title) to make its id from`);
  if (knownIn(ctx.known, collection).has(id) || ctx.created.some((c) => c.collection === collection && c.id === id))
    ctx.fail(
      `content/${COLLECTIONS[collection].dir}/${id}.yaml already exists — use the id "${id}" instead of creating it again`,
    );
  ctx.created.push({ collection, id, data: fields });
  return id;
}
