/** The answers given as flags, and the new items of `--new-person` and its kin. */
import { answersFromFlags } from '../args';
import type { Context } from '../context';
import { addEntity } from '../entities';
import { parseEntityFlag } from '../entry-file';
import { FLAGS, type FlagValues } from '../flags';

export function answersGiven(ctx: Context): void {
  ctx.answers = answersFromFlags(ctx.flags);
}

export function newItemsGiven(ctx: Context): void {
  for (const f of FLAGS) {
    if (!('creates' in f)) continue;
    const collection = f.creates;
    for (const text of (ctx.flags[f.name as keyof FlagValues] as string[] | undefined) ?? []) {
      let data: Record<string, unknown>;
      try {
        data = parseEntityFlag(text);
      } catch (e) {
        ctx.fail(`--${f.name}: ${(e as Error).message}`);
      }
      const id = addEntity(ctx, collection, data);
      ctx.answers[collection] = [...new Set([...(ctx.answers[collection] ?? []), id])];
    }
  }
}
