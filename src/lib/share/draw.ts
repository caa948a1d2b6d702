/**
 * The drawing of a share card: a scene (./layout.ts) painted on a Skia canvas
 * (@napi-rs/canvas) and encoded as PNG by sharp (libvips), which does it several times
 * faster than Skia's own encoder. Both are deterministic, so one scene gives the same
 * bytes on every build. The text is set in the fonts given (src/io/fonts.ts), registered
 * once per process under a family name of the site's own, so no system font with the
 * same name can stand in. This file imports only the two libraries, so the drawing
 * threads (src/io/share-worker.ts) run it as it is.
 */
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { SHARE_HEIGHT, SHARE_WIDTH, type Measure, type ShareScene, type Weight } from './layout.ts';

// One libvips thread and no operation cache: a card is small, and with a thread per core
// each encoding waited on the others (4 ms against 12 ms a card, on two busy cores). Its settings
// are the process's; nothing else in the build uses sharp.
sharp.concurrency(1);
sharp.cache(false);

/** The family the cards' fonts are registered under. */
const FAMILY = 'KZAZ Share Sans';

/** A font file to draw with: its bytes and weight. */
export interface DrawFont {
  data: Uint8Array;
  weight: Weight;
}

/** Registers the fonts, once per process (the registry is shared by its threads). */
export function useFonts(fonts: readonly DrawFont[]): void {
  if (GlobalFonts.has(FAMILY)) return;
  for (const font of fonts) GlobalFonts.register(Buffer.from(font.data), FAMILY);
}

let drawing: { canvas: Canvas; ctx: SKRSContext2D } | undefined;
/**
 * One canvas per thread, painted over whole for each card: a new 1200 × 630 surface per
 * card left ~3 MB of native memory each to the garbage collector, gigabytes in a build.
 */
function surface() {
  if (!drawing) {
    const canvas = createCanvas(SHARE_WIDTH, SHARE_HEIGHT);
    drawing = { canvas, ctx: canvas.getContext('2d') };
  }
  return drawing;
}

const cssFont = (size: number, weight: Weight) => `${weight === 700 ? 'bold ' : ''}${size}px "${FAMILY}"`;

/** Lays out with widths measured in the card's font, paints the scene and encodes it as PNG. */
export async function drawScene(layout: (measure: Measure) => ShareScene): Promise<Buffer> {
  const { canvas, ctx } = surface();
  const measure: Measure = (text, size, weight) => {
    ctx.font = cssFont(size, weight);
    return ctx.measureText(text).width;
  };
  const scene = layout(measure);
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  for (const p of scene.paints) {
    ctx.fillStyle = p.color;
    if (p.op === 'text') {
      ctx.font = cssFont(p.size, p.weight);
      ctx.fillText(p.text, p.x, p.y);
    } else if (p.radius) {
      ctx.beginPath();
      ctx.roundRect(p.x, p.y, p.width, p.height, p.radius);
      ctx.fill();
    } else ctx.fillRect(p.x, p.y, p.width, p.height);
  }
  // The card is opaque: three channels, and no adaptive filtering (slow, and no smaller
  // here). zlib's level 3 against its default 6: 3.8 ms against 6.1 ms a card for 12% more
  // bytes (67 KB against 60 KB), measured on 60 cards; a big corpus draws thousands.
  return sharp(canvas.data(), { raw: { width: scene.width, height: scene.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
}
