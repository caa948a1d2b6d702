/** Every `{ collection, id }` reference a file makes names a file that exists. */
import { perCollection, type CollectionName } from '../../collections';
import { idsByCollection } from '../ids';
import { problemAt } from '../problem';
import { closestIds, didYouMean } from '../suggest';
import type { FieldPath, Rule } from '../types';

/** Where a contributor adds an item of each collection. */
export const HOME = perCollection((_, d) =>
  d.format === 'mdx' ? `content/${d.dir}/<year>/<id>.mdx` : `content/${d.dir}/<id>.yaml`,
);

/** Every reference in a parsed value (the schema's output), with where it sits. */
function* referencesIn(
  value: unknown,
  path: FieldPath = [],
): Generator<{ path: FieldPath; collection: CollectionName; id: string }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* referencesIn(v, [...path, i]);
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (
      keys.length === 2 &&
      typeof obj.collection === 'string' &&
      typeof obj.id === 'string' &&
      obj.collection in HOME
    ) {
      yield { path, collection: obj.collection as CollectionName, id: obj.id };
      return;
    }
    for (const k of keys) yield* referencesIn(obj[k], [...path, k]);
  }
}

export const references: Rule = (files, { valid }) => {
  const ids = idsByCollection(files);
  return [...valid].flatMap(([file, value]) =>
    [...referencesIn(value)].flatMap((ref) => {
      const known = ids.get(ref.collection) ?? new Map();
      if (known.has(ref.id)) return [];
      const near = closestIds(ref.id, known.keys());
      const hint = near.length ? `${didYouMean(near)}Otherwise ` : '';
      return [
        problemAt(
          file,
          ref.path,
          `unknown ${ref.collection} id "${ref.id}" — ${hint}add ${HOME[ref.collection].replace('<id>', ref.id)}`,
        ),
      ];
    }),
  );
};
