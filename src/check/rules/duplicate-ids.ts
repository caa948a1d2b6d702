/** Ids are unique within a collection: two files with one name would be one page. */
import { idsByCollection } from '../ids';
import { problemAt } from '../problem';
import type { Rule } from '../types';

export const duplicateIds: Rule = (files) => {
  const first = idsByCollection(files);
  return files
    .filter((f) => first.get(f.collection)!.get(f.id) !== f)
    .map((f) =>
      problemAt(
        f,
        [],
        `duplicate id "${f.id}": ${first.get(f.collection)!.get(f.id)!.file} has the same file name — rename one of them`,
      ),
    );
};
