/**
 * Satori and resvg, and nothing else: the laid-out tree of a card in, PNG bytes out.
 * Satori writes SVG (text as outlines from the fonts given), resvg rasterises it; both
 * are deterministic, so one tree gives the same bytes on every build. This file imports
 * only the two libraries, so the drawing threads (src/io/share-worker.ts) run it as it is.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import type { ShareNode } from './layout';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** The tree as SVG. `fonts` should be the same array on every call: Satori keeps its parsed fonts per array. */
export const drawSvg = (tree: ShareNode, fonts: Font[]): Promise<string> =>
  satori(tree, { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts });

/** The tree as PNG bytes. */
export async function drawPng(tree: ShareNode, fonts: Font[]): Promise<Buffer> {
  const svg = await drawSvg(tree, fonts);
  // System fonts are never needed (the SVG holds outlines) and cost time to load on every image.
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
