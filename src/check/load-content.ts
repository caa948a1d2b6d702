/**
 * The loader: the only part of the check that reads the disk. It walks the content
 * folder, reads each file as text, and hands it to ./source.ts to parse.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS, filePatterns, type CollectionName } from '../collections';
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

/**
 * Whether a file of a collection's folder (its path relative to the folder) is one the
 * collection loads: the registry's patterns, as Astro's loader reads them (an entry whose
 * name starts with _ is left out; `<id>.ru.mdx` is a translation, not an entry).
 */
export function isContentFile(collection: CollectionName, relative: string): boolean {
  const rel = relative.split(path.sep).join('/');
  const patterns = filePatterns(collection);
  const matches = (p: string) => path.posix.matchesGlob(rel, p);
  return (
    patterns.some((p) => !p.startsWith('!') && matches(p)) &&
    !patterns.some((p) => p.startsWith('!') && matches(p.slice(1)))
  );
}

/** The collection a file under the content folder belongs to (`entries/2023/x.ru.mdx` → translations), if any. */
export function collectionOfFile(relative: string): CollectionName | undefined {
  const [dir = '', ...rest] = relative.split(/[\\/]/);
  return COLLECTION_NAMES.find((c) => COLLECTIONS[c].dir === dir && isContentFile(c, rest.join('/')));
}

/** Every content file under the folder, as text, with its path relative to `root`. */
export function readSources(root: string = process.cwd(), dir: string = contentDir(root)): SourceFile[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const base = path.join(dir, COLLECTIONS[collection].dir);
    return walk(base)
      .sort()
      .filter((abs) => isContentFile(collection, path.relative(base, abs)))
      .map((abs) => ({ collection, file: path.relative(root, abs), text: readFileSync(abs, 'utf8') }));
  });
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
