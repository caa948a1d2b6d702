/** No two entries share date and title: they would be the same event written twice. */
import { problemAt } from '../problem';
import type { CheckedFile, Problem, Rule } from '../types';
import { validEntries } from './entries';

export const duplicateTitles: Rule = (_files, context) => {
  const seen = new Map<string, CheckedFile>();
  const problems: Problem[] = [];
  for (const [file, value] of validEntries(context)) {
    const key = `${value.date}\u0000${value.title.trim().toLowerCase()}`;
    const twin = seen.get(key);
    if (twin)
      problems.push(
        problemAt(
          file,
          ['title'],
          `same date and title as ${twin.file} — merge the two entries or tell them apart in the title`,
        ),
      );
    else seen.set(key, file);
  }
  return problems;
};
