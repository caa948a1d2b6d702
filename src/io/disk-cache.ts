/**
 * A folder of Astro's cache (ASTRO_CACHE_DIR) holding one file per key: what a build
 * computed once and the next build reads back while its inputs are unchanged (share
 * images, formatted citations). Each test site, with its own cache folder, keeps its own;
 * src/integrations/build-cache.ts empties the whole cache when the config, schemas or
 * lockfile change.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { astroCacheDir } from './env';
import { writeWhole } from './write-file';

export interface DiskCache {
  /** The file that holds (or would hold) `key`. */
  file: (key: string) => string;
  has: (key: string) => boolean;
  read: (key: string) => Buffer | undefined;
  write: (key: string, data: Buffer | string) => void;
}

/** The cache folder `<cache>/<name>/`, files named `<key><extension>`. */
export function diskCache(name: string, extension: string): DiskCache {
  const dir = () => path.resolve(astroCacheDir(), name);
  const file = (key: string) => path.join(dir(), `${key}${extension}`);
  return {
    file,
    has: (key) => existsSync(file(key)),
    read(key) {
      try {
        return readFileSync(file(key));
      } catch {
        return undefined;
      }
    },
    write: (key, data) => writeWhole(file(key), data),
  };
}
