/** A type-ahead choice of ids of one collection, with "+ add a new …" to create one on the way. */
import type { Context } from '../context';
import type { NewEntityCollection } from '../entry-file';
import { knownIn } from '../known';
import { askEntity } from './entity';
import { cancelled } from './prompts';

const NEW = '__new__';
export const ENTITY_WORD: Record<NewEntityCollection, string> = {
  people: 'person',
  places: 'place',
  organizations: 'organisation',
  sources: 'source',
};

export interface IdsOptions {
  required?: boolean;
  initial?: string[];
  canCreate?: boolean;
}

function idOptions(ctx: Context, collection: string, opts: IdsOptions) {
  const items = [...knownIn(ctx.known, collection).values()].sort((a, b) => a.label.localeCompare(b.label));
  // "+ add a new …" comes last, so that Tab picks the first match, and is always
  // offered, so that a name that is not there leaves it as the only choice.
  const word = ENTITY_WORD[collection as NewEntityCollection];
  return [
    ...ctx.created.filter((c) => c.collection === collection).map((c) => ({ value: c.id, label: `${c.id} (new)` })),
    ...items.map((k) => ({ value: k.id, label: k.label, hint: [k.id, k.hint].filter(Boolean).join(' · ') })),
    ...(opts.canCreate ? [{ value: NEW, label: `+ add a new ${word}…` }] : []),
  ];
}

/** Whether every word of the search term is in the id, the name or an alias. */
function matches(ctx: Context, collection: string, term: string, id: string): boolean {
  const k = knownIn(ctx.known, collection).get(id);
  const text = [id, k?.label, ...(k?.aliases ?? [])].join(' ').toLowerCase();
  return term
    .toLowerCase()
    .split(/\s+/)
    .every((w) => text.includes(w));
}

export async function askIds(
  ctx: Context,
  collection: NewEntityCollection | 'topics',
  message: string,
  opts: IdsOptions = {},
): Promise<string[]> {
  const word = ENTITY_WORD[collection as NewEntityCollection];
  const chosen = cancelled(
    ctx,
    await ctx.prompts.autocompleteMultiselect({
      message: `${message} — type to filter, Tab to choose, Enter when done${opts.canCreate ? ` (not listed? choose “+ add a new ${word}…”)` : ''}`,
      options: idOptions(ctx, collection, opts),
      initialValues: opts.initial,
      required: opts.required,
      filter: (term, option) => option.value === NEW || matches(ctx, collection, term, option.value),
      maxItems: 8,
    }),
  );
  const ids = chosen.filter((v) => v !== NEW);
  if (chosen.includes(NEW)) {
    do ids.push(await askEntity(ctx, collection as NewEntityCollection));
    while (cancelled(ctx, await ctx.prompts.confirm({ message: `Add another new ${word}?`, initialValue: false })));
  }
  return ids;
}
