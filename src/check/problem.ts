/** Building a problem from a file and the path of the field it is about. */
import type { ContentFile, FieldPath, Problem } from './types';

/** `figures[0].source` for `['figures', 0, 'source']`; `(file)` for the file as a whole. */
export const fieldName = (path: FieldPath): string =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '') ||
  '(file)';

/** A problem on the line where the field at `path` is written. */
export const problemAt = (file: ContentFile, path: FieldPath, message: string): Problem => ({
  file: file.file,
  line: file.lineOf(path),
  field: fieldName(path),
  message,
});
