/** The files of each collection by id (entries share one id space across year folders); the first file wins. */
import type { CollectionName } from '../collections';
import type { ContentFile } from './types';

export function idsByCollection<F extends ContentFile>(files: readonly F[]): Map<CollectionName, Map<string, F>> {
  const ids = new Map<CollectionName, Map<string, F>>();
  for (const f of files) {
    const seen = ids.get(f.collection) ?? new Map<string, F>();
    ids.set(f.collection, seen);
    if (!seen.has(f.id)) seen.set(f.id, f);
  }
  return ids;
}
