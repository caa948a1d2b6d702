/**
 * The cache of share images: one PNG per hash of what it shows, in Astro's cache folder
 * (`share-images/`), so a rebuild draws only the cards that changed and each test site,
 * with its own ASTRO_CACHE_DIR, keeps its own.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { astroCacheDir } from './env';

const dir = () => path.resolve(astroCacheDir(), 'share-images');
const file = (key: string) => path.join(dir(), `${key}.png`);

/** Whether the image of `key` is in the cache. */
export const isCached = (key: string): boolean => existsSync(file(key));

function cached(key: string): Buffer | undefined {
  try {
    return readFileSync(file(key));
  } catch {
    return undefined;
  }
}

/** Written under another name and renamed, so a reader never sees half a file. */
function keep(key: string, png: Buffer): void {
  mkdirSync(dir(), { recursive: true });
  const tmp = `${file(key)}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file(key));
}

/** The image of `key` from the cache; else `draw` makes it, and it is kept for the next build. */
export async function cachedDraw(key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  const hit = cached(key);
  if (hit) return hit;
  const png = await draw();
  keep(key, png);
  return png;
}

/** The installed versions of the drawing libraries (part of the cache key: an upgrade redraws). */
export function shareToolVersions(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  // From the package's entry up to its package.json (sharp does not export that file).
  const version = (name: string): string => {
    for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === name) return pkg.version;
    }
    throw new Error(`share images: no package.json found for ${name}`);
  };
  return `canvas@${version('@napi-rs/canvas')} sharp@${version('sharp')}`;
}
