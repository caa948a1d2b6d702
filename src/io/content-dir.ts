/**
 * Where the content lives. `content/` by default; the benchmark and the test fixtures
 * point CONTENT_DIR at another folder with the same layout.
 */
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../collections';

export function contentDir(root: string = process.cwd()): string {
  // Read at call time: the test fixtures set CONTENT_DIR after this module has loaded.
  return path.resolve(root, process.env.CONTENT_DIR || 'content');
}

/** The folder of one collection inside the content folder. */
export const collectionDir = (name: CollectionName, root?: string): string =>
  path.join(contentDir(root), COLLECTIONS[name].dir);
