/**
 * The cache of share images: one PNG per hash of what it shows (`share-images/` in
 * Astro's cache folder, ./disk-cache.ts), so a rebuild draws only the cards that changed.
 */
import { readFileSync } from 'node:fs';
import { diskCache } from './disk-cache';
import { packageVersion } from './package-version';

const images = diskCache('share-images', '.png');

/** Whether the image of `key` is in the cache. */
export const isCached = (key: string): boolean => images.has(key);

/**
 * The file of the cache that holds the image of `key`; `drawTo` draws it into that file
 * first when it is not there (and it is kept for the next build).
 */
export async function cachedImageFile(key: string, drawTo: (file: string) => Promise<void>): Promise<string> {
  const file = images.file(key);
  if (!images.has(key)) await drawTo(file);
  return file;
}

/** The bytes of an image file of the cache. */
export const readImage = (file: string): Buffer => readFileSync(file);

/** The installed versions of the drawing libraries (part of the cache key: an upgrade redraws). */
export const shareToolVersions = (): string =>
  `canvas@${packageVersion('@napi-rs/canvas')} sharp@${packageVersion('sharp')}`;
