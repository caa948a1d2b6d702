/**
 * The loader: the only part of the check that reads the disk. It walks the content
 * folder, reads each file as text, and hands it to ./source.ts to parse.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../collections';
import { contentDir } from '../io/content-dir';
import { parseSource } from './source';
import type { ContentFile, Problem, SourceFile } from './types';

export interface LoadedContent {
  files: ContentFile[];
  /** Files that could not be read as content at all (no frontmatter, broken YAML). */
  problems: Problem[];
}

function walk(dir: string): string[] {
  let names: Dirent[];
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return names.flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/** Which files of a collection's folder are content (an entry whose name starts with _ is left out, as Astro does). */
export const isContentFile = (collection: CollectionName, name: string): boolean =>
  COLLECTIONS[collection].format === 'mdx' ? /^[^_].*\.mdx?$/.test(name) : /\.ya?ml$/.test(name);

/** Every content file under the folder, as text, with its path relative to `root`. */
export function readSources(root: string = process.cwd(), dir: string = contentDir(root)): SourceFile[] {
  return COLLECTION_NAMES.flatMap((collection) =>
    walk(path.join(dir, COLLECTIONS[collection].dir))
      .sort()
      .filter((abs) => isContentFile(collection, path.basename(abs)))
      .map((abs) => ({ collection, file: path.relative(root, abs), text: readFileSync(abs, 'utf8') })),
  );
}

/** Loads every collection under the content folder (CONTENT_DIR or `content/`). */
export function loadContent(root: string = process.cwd(), dir: string = contentDir(root)): LoadedContent {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const source of readSources(root, dir)) {
    const out = parseSource(source);
    if ('collection' in out) files.push(out);
    else problems.push(out);
  }
  return { files, problems };
}
