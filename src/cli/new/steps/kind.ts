/** The first question: what kind of entry. */
import { cancelled } from '../ask/prompts';
import type { Context } from '../context';
import type { EntryKind } from '../entry-file';

export async function askKind(ctx: Context): Promise<void> {
  ctx.prompts.intro('New timeline entry — Ctrl+C at any time leaves without writing anything');
  ctx.answers.kind ??= cancelled(
    ctx,
    await ctx.prompts.select<EntryKind>({
      message: 'What kind of entry?',
      options: [
        { value: 'visit', label: 'visit', hint: 'officials of one country travel to the other' },
        { value: 'agreement', label: 'agreement', hint: 'a treaty, memorandum, roadmap, contract…' },
        { value: 'event', label: 'event', hint: 'anything else: a milestone, an incident, a figure' },
      ],
    }),
  );
}
