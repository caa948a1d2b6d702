/**
 * A hash of the text of some of the project's own files, read from the project (the
 * build's bundle lives elsewhere). It is part of the key of a cache whose contents that
 * code makes (the share images' drawing, the citations' formatting), so that changed code
 * is never answered from the cache. Each list of files is kept beside its code
 * (src/lib/share/render.ts, src/lib/cite/format.ts); tests/unit/code-hash.test.ts checks
 * that it names every module the code runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** sha256 (hex) of each file's path and text, the paths from `root` (the project). */
export function codeHash(files: readonly string[], root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}
