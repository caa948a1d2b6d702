/**
 * A planned item whose date is over on the as-of day says what the sources report became
 * of it (an `outcome`), or is marked as happened.
 */
import { isoDay, parseDateSpec } from '../../primitives/dates';
import { problemAt } from '../problem';
import type { Rule } from '../types';
import { validEntries } from './entries';

export const pastPlans: Rule = (_files, context) =>
  validEntries(context).flatMap(([file, value]) => {
    const date = parseDateSpec(value.date);
    if (value.status !== 'planned' || value.outcome || isoDay(date.end) >= context.today) return [];
    return [
      problemAt(
        file,
        ['status'],
        `planned for ${date.text}, which is past due on ${context.today} (the record's as-of day) and says nothing of what became of it — add what the sources report: \`outcome: { status: not-reported, note: "The sources do not say whether it happened." }\`, or status happened (with entry:), postponed (with date:) or cancelled, each with the source: that reports it; if it happened and another entry does not record it, set status: happened`,
      ),
    ];
  });
