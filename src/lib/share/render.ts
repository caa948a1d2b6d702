/**
 * A card, laid out (./layout.ts) and drawn (./draw.ts): its PNG bytes. Imports only
 * those two files, so the drawing threads (src/io/share-worker.ts) run it as it is.
 */
import type { ShareCard } from './card.ts';
import { drawScene, useFonts, type DrawFont } from './draw.ts';
import { shareLayout } from './layout.ts';

/**
 * The files whose code decides a card's pixels, with the fonts and the drawing libraries:
 * their text is part of every image's cache key (src/io/code-hash.ts), so a change to the
 * drawing draws every card again.
 */
export const SHARE_RENDERER_FILES = ['src/lib/share/render.ts', 'src/lib/share/draw.ts', 'src/lib/share/layout.ts'];

/** The card as PNG bytes, set in `fonts`. */
export function renderSharePng(card: ShareCard, fonts: readonly DrawFont[]): Promise<Buffer> {
  useFonts(fonts);
  return drawScene((measure) => shareLayout(card, measure));
}
