/** Whether it happened or is planned, how the date was worked out, and the summary. */
import { ENTRY_STATUSES } from '../../../schemas/entry';
import { isoDay, parseDateSpec } from '../../../primitives/dates';
import { askText, cancelled } from '../ask/prompts';
import type { Context } from '../context';

export async function askStatus(ctx: Context): Promise<void> {
  const { answers } = ctx;
  const due = isoDay(parseDateSpec(answers.date).end) >= isoDay(ctx.today);
  answers.status ??= cancelled(
    ctx,
    await ctx.prompts.select({
      message: 'Status',
      initialValue: due ? 'planned' : 'happened',
      options: ENTRY_STATUSES.map((s) => ({
        value: s,
        hint: s === 'planned' ? 'due or expected when the source was written' : 'it took place',
      })),
    }),
  );
  if (answers.dateNote === undefined) {
    const pastPlan = answers.status === 'planned' && !due;
    const note = await askText(
      ctx,
      'dateNote',
      pastPlan
        ? 'This plan’s date has passed: say what the sources report, or that they do not say whether it happened'
        : 'How the date was worked out, if the source does not state it outright (Enter to skip)',
      undefined,
      !pastPlan,
    );
    if (note) answers.dateNote = note;
  }
  answers.summary ??= await askText(ctx, 'summary', 'Summary — one sentence for lists and search results');
}
