/** The cache key of a share image: a hash of everything that decides its pixels. */
import { createHash } from 'node:crypto';
import type { ShareCard } from './card';

export interface ShareDrawing {
  /** Hash of the drawing's code (the files of SHARE_RENDERER_FILES). */
  renderer: string;
  /** Hash of the font files' bytes. */
  fonts: string;
  /** Versions of the libraries that draw it. */
  tools: string;
}

/** The sha256 (hex) of the card and the drawing; the same card drawn the same way has the same key. */
export function shareKey(card: ShareCard, drawing: ShareDrawing): string {
  return createHash('sha256').update(JSON.stringify({ card, drawing })).digest('hex');
}
