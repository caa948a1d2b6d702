/** Reading a built site in tests (dist/ unless another site's folder is given). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './astro';

export function distFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? distFiles(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}

export const readDist = (rel: string, root = DIST): string => readFileSync(path.join(root, rel), 'utf8');
