/** The title, the date, and the file name they make. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseDateSpec } from '../../../primitives/dates';
import { askText, cancelled } from '../ask/prompts';
import type { Context } from '../context';
import { entryLocation, slugify } from '../entry-file';

export async function askTitleDate(ctx: Context): Promise<void> {
  const { answers } = ctx;
  answers.title ??= await askText(
    ctx,
    'title',
    'Title — a headline in sentence case, no full stop',
    'Kazakh Prime Minister Olzhas Bektenov visits Baku',
  );
  answers.date ??= await askText(
    ctx,
    'date',
    'Date, only as precise as the source: 2025-03-03, 2023-03, 2026-Q2, 2025-H1, 2022, or a range 2025-10-20/2025-10-21',
  );
  if (!ctx.slug) {
    const date = answers.date;
    ctx.slug = cancelled(
      ctx,
      await ctx.prompts.text({
        message: `File name: content/entries/<year>/${parseDateSpec(date).from.text}-… (Enter to accept, or shorten it)`,
        initialValue: slugify(answers.title),
        validate: (v) =>
          !v || v !== slugify(v, 200)
            ? 'use lower-case letters, digits and hyphens'
            : existsSync(path.join(ctx.dir, entryLocation(date, v).rel))
              ? `${entryLocation(date, v).rel} exists already — choose another name, or edit that file instead`
              : undefined,
      }),
    );
  }
}
