/**
 * The cache of share images: one PNG per hash of what it shows (`share-images/` in
 * Astro's cache folder, ./disk-cache.ts), so a rebuild draws only the cards that changed.
 */
import { diskCache } from './disk-cache';
import { packageVersion } from './package-version';

const images = diskCache('share-images', '.png');

/** Whether the image of `key` is in the cache. */
export const isCached = (key: string): boolean => images.has(key);

/** The file of the cache that holds (or will hold) the image of `key`. */
export const imageFile = (key: string): string => images.file(key);

/** The image of `key` from the cache; else `draw` makes it, and it is kept for the next build. */
export async function cachedDraw(key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  const hit = images.read(key);
  if (hit) return hit;
  const png = await draw();
  images.write(key, png);
  return png;
}

/** The installed versions of the drawing libraries (part of the cache key: an upgrade redraws). */
export const shareToolVersions = (): string =>
  `canvas@${packageVersion('@napi-rs/canvas')} sharp@${packageVersion('sharp')}`;
