/** Topics, people, organisations, places and sources, chosen from what exists or created on the way. */
import { askIds } from '../ask/ids';
import type { Context } from '../context';

export async function askLists(ctx: Context): Promise<void> {
  const { answers } = ctx;
  answers.topics ??= await askIds(ctx, 'topics', 'Topics', { required: true });
  answers.people ??= await askIds(ctx, 'people', 'People involved', { canCreate: true });
  answers.organizations ??= await askIds(ctx, 'organizations', 'Organisations involved', { canCreate: true });
  answers.places ??= await askIds(ctx, 'places', 'Places (the first is where it happened)', { canCreate: true });
  answers.sources ??= await askIds(ctx, 'sources', 'Sources (at least one)', { required: true, canCreate: true });
}
