/** The questions for a new person, place, organisation or source, each checked by its schema. */
import { COLLECTIONS } from '../../../collections';
import { ORGANIZATION_TYPES, PLACE_TYPES } from '../../../schemas/entities';
import type { Context } from '../context';
import { addEntity } from '../entities';
import { entityFieldError, slugify, suggestEntityId, type NewEntityCollection } from '../entry-file';
import { knownIn } from '../known';
import { cancelled, countryOptions } from './prompts';

type Ask = (field: string, message: string, opts?: { optional?: boolean; placeholder?: string }) => Promise<string>;
type Fields = (ask: Ask, data: Record<string, unknown>, ctx: Context) => Promise<void>;

async function askCountry(ctx: Context, data: Record<string, unknown>): Promise<void> {
  const c = cancelled(
    ctx,
    await ctx.prompts.autocomplete({
      message: 'Country (or "none") — type to filter',
      maxItems: 6,
      options: [{ value: '', label: 'none / not stated' }, ...countryOptions()],
    }),
  );
  if (c) data.country = c;
}

const FIELDS: Record<NewEntityCollection, Fields> = {
  sources: async (ask, data) => {
    data.title = await ask('title', 'Title of the document, exactly as published');
    data.publisher = await ask('publisher', 'Publisher (write "not stated" if the document does not say)');
    data.author = (await ask('author', 'Author (Enter if none is named)', { optional: true })) || undefined;
    data.published =
      (await ask('published', 'Publication date, as precise as the document gives it (Enter if unknown)', {
        optional: true,
        placeholder: '2025-03-12',
      })) || undefined;
    data.url =
      (await ask('url', 'Web address (Enter if none)', { optional: true, placeholder: 'https://...' })) || undefined;
  },
  people: async (ask, data, ctx) => {
    data.name = await ask('name', 'Full name, in the usual English spelling');
    data.role = await ask('role', 'Role as the sources give it', { placeholder: 'Prime Minister of Kazakhstan' });
    await askCountry(ctx, data);
  },
  places: async (ask, data, ctx) => {
    data.name = await ask('name', 'Name, in the usual English spelling');
    data.type = cancelled(
      ctx,
      await ctx.prompts.select({ message: 'What sort of place', options: PLACE_TYPES.map((t) => ({ value: t })) }),
    );
    await askCountry(ctx, data);
    data.lat = Number(await ask('lat', 'Latitude in decimal degrees (north positive)', { placeholder: '43.65' }));
    data.lon = Number(await ask('lon', 'Longitude in decimal degrees (east positive)', { placeholder: '51.17' }));
  },
  organizations: async (ask, data, ctx) => {
    data.name = await ask('name', 'Name, in its usual English form');
    data.type = cancelled(
      ctx,
      await ctx.prompts.select({
        message: 'What sort of body',
        options: ORGANIZATION_TYPES.map((t) => ({ value: t })),
      }),
    );
    await askCountry(ctx, data);
  },
};

/** Asks for a new item's fields and its id, adds it, and returns the id. */
export async function askEntity(ctx: Context, collection: NewEntityCollection): Promise<string> {
  const ask: Ask = async (field, message, opts = {}) =>
    cancelled(
      ctx,
      await ctx.prompts.text({
        message,
        placeholder: opts.placeholder,
        validate: (v) => {
          if (!v && opts.optional) return undefined;
          const value = field === 'lat' || field === 'lon' ? Number(v) : v;
          return entityFieldError(collection, field, value || undefined);
        },
      }),
    );
  const data: Record<string, unknown> = {};
  await FIELDS[collection](ask, data, ctx);
  const id = cancelled(
    ctx,
    await ctx.prompts.text({
      message: `Id (the file name: content/${COLLECTIONS[collection].dir}/<id>.yaml)`,
      initialValue: suggestEntityId(collection, data),
      validate: (v) =>
        !v || v !== slugify(v, 200)
          ? 'use lower-case letters, digits and hyphens'
          : knownIn(ctx.known, collection).has(v)
            ? `${v} exists already — pick it from the list instead`
            : undefined,
    }),
  );
  return addEntity(ctx, collection, { ...data, id });
}
