/**
 * Draws a share card as a 1200 × 630 PNG: Satori lays the tree out and writes SVG (text
 * as outlines, from the fonts it is given), resvg rasterises it. Both are deterministic,
 * so one card gives the same bytes on every build.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import type { ShareCard } from './card';
import { SHARE_HEIGHT, SHARE_WIDTH, shareLayout } from './layout';

/** Part of every image's cache key: raise it when the drawing changes (./layout.ts, this file). */
export const SHARE_RENDERER_VERSION = 1;

/** The card's SVG, in the fonts given (the first one's family is the text's). */
export function shareSvg(card: ShareCard, fonts: Font[]): Promise<string> {
  return satori(shareLayout(card, fonts[0]?.name ?? 'sans-serif'), { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts });
}

/** The card as PNG bytes. `fonts` should be the same array on every call: Satori keeps its parsed fonts per array. */
export async function renderSharePng(card: ShareCard, fonts: Font[]): Promise<Buffer> {
  const svg = await shareSvg(card, fonts);
  // System fonts are never needed (the SVG holds outlines) and cost time to load on every image.
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
