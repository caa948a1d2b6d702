/**
 * A card, laid out (./layout.ts) and drawn (./draw.ts): the tree for a drawing thread,
 * or the PNG in this one.
 */
import type { Font } from 'satori';
import type { ShareCard } from './card';
import { drawPng, drawSvg } from './draw';
import { shareLayout, type ShareNode } from './layout';

/** Part of every image's cache key: raise it when the drawing changes (./layout.ts, ./draw.ts). */
export const SHARE_RENDERER_VERSION = 1;

/** The card laid out in the first font's family (the others are its fallbacks for missing letters). */
export const shareTree = (card: ShareCard, fonts: Font[]): ShareNode =>
  shareLayout(card, fonts[0]?.name ?? 'sans-serif');

export const shareSvg = (card: ShareCard, fonts: Font[]): Promise<string> => drawSvg(shareTree(card, fonts), fonts);

/** The card as PNG bytes. `fonts` should be the same array on every call: Satori keeps its parsed fonts per array. */
export const renderSharePng = (card: ShareCard, fonts: Font[]): Promise<Buffer> =>
  drawPng(shareTree(card, fonts), fonts);
