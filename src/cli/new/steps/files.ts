/** The text of every file to write: the entry and each new item. */
import { COLLECTIONS } from '../../../collections';
import { sourceSchema } from '../../../schemas/entities';
import type { SourceData } from '../../../schemas/types';
import type { Context } from '../context';
import { entityFileText, entryFileText, entryLocation, slugify } from '../entry-file';
import { knownIn } from '../known';

/** What a footnote cites: the new or existing source, or a stand-in the content check will flag. */
function sourceData(ctx: Context, id: string): SourceData {
  const raw =
    ctx.created.find((c) => c.collection === 'sources' && c.id === id)?.data ??
    knownIn(ctx.known, 'sources').get(id)?.data;
  const parsed = sourceSchema.safeParse(raw);
  return parsed.success ? parsed.data : { title: id, untitled: false, publisher: 'unknown' };
}

export function makeFiles(ctx: Context): void {
  const { answers } = ctx;
  let entry: { id: string; rel: string };
  try {
    entry = entryLocation(answers.date, ctx.slug ?? slugify(answers.title!));
  } catch (e) {
    ctx.fail(`--date: ${(e as Error).message}`);
  }
  ctx.entry = entry;
  const sources = (answers.sources ?? []).map((id) => ({ id, data: sourceData(ctx, id) }));
  ctx.files = [
    { rel: entry.rel, collection: 'entries', id: entry.id, text: entryFileText(answers, sources) },
    ...ctx.created.map((c) => ({
      rel: `${COLLECTIONS[c.collection].dir}/${c.id}.yaml`,
      collection: c.collection,
      id: c.id,
      text: entityFileText(c.collection, c.data as never),
    })),
  ];
}
