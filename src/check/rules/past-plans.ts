/** A planned item whose date is over says what became of it (a dateNote), or is marked as happened. */
import { isoDay, parseDateSpec } from '../../lib/dates';
import { problemAt } from '../problem';
import type { Rule } from '../types';
import { validEntries } from './entries';

export const pastPlans: Rule = (_files, context) =>
  validEntries(context).flatMap(([file, value]) => {
    const date = parseDateSpec(value.date);
    if (value.status !== 'planned' || value.dateNote || isoDay(date.end) >= context.today) return [];
    return [
      problemAt(
        file,
        ['status'],
        `planned for ${date.text}, which has passed (today is ${context.today}) — if it happened, set status: happened; otherwise add a dateNote saying what the sources report (or that they do not say whether it happened)`,
      ),
    ];
  });
