/**
 * A card, laid out (./layout.ts) and drawn (./draw.ts): its PNG bytes. Imports only
 * those two files, so the drawing threads (src/io/share-worker.ts) run it as it is.
 */
import type { ShareCard } from './card.ts';
import { drawScene, useFonts, type DrawFont } from './draw.ts';
import { shareLayout } from './layout.ts';

/** Part of every image's cache key: raise it when the drawing changes (./layout.ts, ./draw.ts). */
export const SHARE_RENDERER_VERSION = 3;

/** The card as PNG bytes, set in `fonts`. */
export function renderSharePng(card: ShareCard, fonts: readonly DrawFont[]): Promise<Buffer> {
  useFonts(fonts);
  return drawScene((measure) => shareLayout(card, measure));
}
