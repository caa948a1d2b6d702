/**
 * Every date-typed field (see ../date-fields.ts) holds a day, month, quarter or half
 * year that exists, reported with the value as written:
 * `date: 2025-02-31 is not a real day — February 2025 has 28 days`.
 */
import { dateFields, type DatePath } from '../date-fields';
import { impossibleDate } from '../date-text';
import { problemAt } from '../problem';
import type { CheckedFile, FieldPath, Problem, Rule } from '../types';

/** The values at a path with `*` for list items, each with its concrete path. */
function* valuesAt(value: unknown, path: DatePath, at: FieldPath = []): Generator<[FieldPath, unknown]> {
  if (path.length === 0) {
    yield [at, value];
    return;
  }
  const [head, ...rest] = path;
  if (head === '*') {
    if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* valuesAt(v, rest, [...at, i]);
  } else if (value && typeof value === 'object' && Object.hasOwn(value, head!))
    yield* valuesAt((value as Record<string, unknown>)[head!], rest, [...at, head!]);
}

function fileProblems(file: CheckedFile): Problem[] {
  return dateFields(file.collection).flatMap((datePath) =>
    [...valuesAt(file.data, datePath)].flatMap(([path, value]) => {
      const impossible = typeof value === 'string' ? impossibleDate(value.trim()) : undefined;
      return impossible ? [problemAt(file, path, `${impossible}; write the date the source gives`)] : [];
    }),
  );
}

export const dates: Rule = (files) => files.flatMap(fileProblems);
