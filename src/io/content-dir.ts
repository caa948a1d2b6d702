/**
 * Where the content lives. `content/` by default; the benchmark and the test fixtures
 * point CONTENT_DIR at another folder with the same layout.
 */
import path from 'node:path';

export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR || 'content');
}

/** The sub-folder of each collection inside the content folder. */
export const COLLECTION_DIRS = {
  entries: 'entries',
  topics: 'topics',
  people: 'people',
  organizations: 'organizations',
  places: 'places',
  sources: 'sources',
  series: 'series',
} as const;
