/**
 * No two entries share date and title: they would be the same event written twice.
 * A file whose id is taken already is left to the duplicate-id rule (one mistake, one line).
 */
import { idsByCollection } from '../ids';
import { problemAt } from '../problem';
import type { CheckedFile, Problem, Rule } from '../types';
import { validEntries } from './entries';

export const duplicateTitles: Rule = (files, context) => {
  const seen = new Map<string, CheckedFile>();
  const problems: Problem[] = [];
  const first = idsByCollection(files).get('entries');
  for (const [file, value] of validEntries(context)) {
    if (first?.get(file.id) !== file) continue;
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
