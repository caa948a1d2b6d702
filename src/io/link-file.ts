/**
 * Places a file that is already on disk at another path without writing its bytes again:
 * a hard link, or a copy where a link cannot be made (another file system, or the target
 * is there already: a copy onto the same file leaves it as it is). The two paths then
 * share their bytes, so neither may be rewritten in place (docs/incremental-builds.md).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function linkFile(from: string, target: string): void {
  try {
    linkSync(from, target);
  } catch {
    copyFileSync(from, target);
  }
}

/** Every file under the folder `from`, placed at the same path under `target` (made, with its folders). */
export function linkTree(from: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const d of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, d.name);
    if (d.isDirectory()) linkTree(source, path.join(target, d.name));
    else linkFile(source, path.join(target, d.name));
  }
}
