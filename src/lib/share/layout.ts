/**
 * How a share card is laid out: the card in, a scene out (rectangles and lines of text at
 * pixel positions), 1200 × 630, to be read at 300 px wide in a feed. Pure: text widths
 * come from the `measure` the drawing passes in (./draw.ts measures with the card's font),
 * so titles wrap and shrink by their real widths. Colours are the light theme's tokens
 * (src/styles/tokens.css); type is large and bold, the title as large as its length allows.
 * This file imports only types, so the drawing threads run it as it is.
 */
import type { BadgeTone, ShareCard } from './card.ts';

/** The size of every card: the 1.91:1 that link previews show. */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export type Weight = 400 | 700;
/** The width in pixels of `text` set at `size` pixels in the card's font. */
export type Measure = (text: string, size: number, weight: Weight) => number;

export type Paint =
  | { op: 'rect'; x: number; y: number; width: number; height: number; color: string; radius?: number }
  /** A line of text; `y` is its baseline. */
  | { op: 'text'; text: string; x: number; y: number; size: number; weight: Weight; color: string };

export interface ShareScene {
  width: number;
  height: number;
  background: string;
  paints: Paint[];
}

/** The light theme's colours (tokens.css), for text and badges. */
const INK = {
  bg: '#fbfaf7',
  text: '#1b1e23',
  muted: '#4b5361',
  border: '#d5d8de',
  link: '#0a56a5',
};
const TONES: Record<BadgeTone, { color: string; background: string }> = {
  visit: { color: '#0a56a5', background: '#e3eefa' },
  agreement: { color: '#17663a', background: '#e2f3e8' },
  event: { color: '#8a4b00', background: '#fbeedb' },
  planned: { color: '#7a1f5c', background: '#f8e6f1' },
  neutral: { color: '#1b1e23', background: '#e9ebef' },
};

/** Noto Sans's ascender and descender, in ems: where a baseline sits in its line. */
const ASCENT = 1.069;
const DESCENT = 0.293;
const baseline = (top: number, size: number, lineHeight: number) =>
  top + (lineHeight * size - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;

const BORDER = 20;
const PAD = { top: 52, right: 72, bottom: 44, left: 52 };
const LEFT = BORDER + PAD.left;
/** Room for the title: the card less its padding, badges, date, detail and foot. */
export const TITLE_WIDTH = SHARE_WIDTH - BORDER - PAD.left - PAD.right - 20;
const TITLE_HEIGHT = 300;
const TITLE_LINE = 1.15;
const LINE = 1.2;
export const TITLE_SIZES = [88, 76, 66, 58, 50] as const;
const MARK = 48;
const ELLIPSIS = '…';

/**
 * `text` broken into lines that `fits` accepts, at words (a word wider than a line is
 * broken between letters), at most `max` lines; the last kept line ends in an ellipsis
 * when text was left out.
 */
export function wrap(text: string, fits: (line: string) => boolean, max = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) line = next;
    else if (line && fits(word)) {
      push();
      line = word;
    } else {
      // Too wide alone: as many letters as fit, then the rest on the next lines.
      push();
      for (const letter of word) {
        if (line && !fits(line + letter)) push();
        line += letter;
      }
    }
  }
  push();
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && !fits(`${last}${ELLIPSIS}`)) last = last.slice(0, -1).trimEnd();
  kept[max - 1] = `${last.replace(/[\s.,:;–—-]+$/, '')}${ELLIPSIS}`;
  return kept;
}

/** The largest title size at which the whole title fits its room, its lines, and the number allowed. */
export function titleFit(title: string, measure: Measure, height = TITLE_HEIGHT) {
  const at = (size: number) => {
    const allowed = Math.floor(height / (size * TITLE_LINE));
    const fits = (line: string) => measure(line, size, 700) <= TITLE_WIDTH;
    return { size, allowed, lines: wrap(title, fits, allowed), whole: wrap(title, fits) };
  };
  for (const size of TITLE_SIZES) {
    const fit = at(size);
    if (fit.whole.length <= fit.allowed) return fit;
  }
  return at(TITLE_SIZES[TITLE_SIZES.length - 1]);
}

/** The site's mark, as the favicon draws it: a blue square with a white cross. */
function mark(x: number, y: number): Paint[] {
  const bar = (w: number, h: number): Paint => ({
    op: 'rect',
    x: x + (MARK - w) / 2,
    y: y + (MARK - h) / 2,
    width: w,
    height: h,
    color: '#ffffff',
    radius: 3,
  });
  return [{ op: 'rect', x, y, width: MARK, height: MARK, color: INK.link, radius: 9 }, bar(26, 5), bar(5, 26)];
}

/** Lines of text set one under another from `top`; returns the paints and the bottom. */
function lines(texts: string[], top: number, size: number, weight: Weight, color: string, lineHeight = LINE) {
  const paints: Paint[] = texts.map((text, i) => ({
    op: 'text',
    text,
    x: LEFT,
    y: baseline(top + i * size * lineHeight, size, lineHeight),
    size,
    weight,
    color,
  }));
  return { paints, bottom: top + texts.length * size * lineHeight };
}

/** The card as a scene: badges, date, title, detail and the site's name at the foot. */
export function shareLayout(card: ShareCard, measure: Measure): ShareScene {
  const isSite = card.title === card.site;
  const paints: Paint[] = [];
  let y = PAD.top;
  if (isSite) {
    paints.push(...mark(LEFT, y));
    y += MARK + 28;
  }
  if (card.badges.length > 0) {
    const size = 38;
    const height = size * LINE + 4;
    let x = LEFT;
    for (const b of card.badges) {
      const width = measure(b.text, size, 700) + 36;
      const tone = TONES[b.tone];
      paints.push({ op: 'rect', x, y, width, height, color: tone.background, radius: 10 });
      paints.push({
        op: 'text',
        text: b.text,
        x: x + 18,
        y: baseline(y + 2, size, LINE),
        size,
        weight: 700,
        color: tone.color,
      });
      x += width + 16;
    }
    y += height + 18;
  }
  if (card.date) {
    const date = lines([card.date], y, 46, 700, INK.muted);
    paints.push(...date.paints);
    y = date.bottom + 8;
  }
  const fit = titleFit(card.title, measure, card.detail ? TITLE_HEIGHT - 62 : TITLE_HEIGHT);
  const title = lines(fit.lines, y, fit.size, 700, INK.text, TITLE_LINE);
  paints.push(...title.paints);
  y = title.bottom;
  if (card.detail) {
    const size = isSite ? 44 : 40;
    const fits = (line: string) => measure(line, size, 400) <= TITLE_WIDTH;
    const detail = lines(wrap(card.detail, fits, isSite ? 3 : 1), y + 14, size, 400, INK.muted);
    paints.push(...detail.paints);
    y = detail.bottom;
  }
  if (isSite) {
    // The site's own card has no foot: its name is the title, set in the middle.
    const shift = (SHARE_HEIGHT - PAD.bottom - y - PAD.top) / 2;
    for (const p of paints) p.y += shift;
  } else {
    const markTop = SHARE_HEIGHT - PAD.bottom - MARK;
    const rule = markTop - 22 - 3;
    paints.push({ op: 'rect', x: LEFT, y: rule, width: SHARE_WIDTH - LEFT - PAD.right, height: 3, color: INK.border });
    paints.push(...mark(LEFT, markTop));
    const size = 40;
    paints.push({
      op: 'text',
      text: card.site,
      x: LEFT + MARK + 20,
      y: baseline(markTop + (MARK - size * LINE) / 2, size, LINE),
      size,
      weight: 700,
      color: INK.link,
    });
  }
  const accent = TONES[card.badges[0]?.tone ?? 'neutral'].color;
  paints.unshift({ op: 'rect', x: 0, y: 0, width: BORDER, height: SHARE_HEIGHT, color: accent });
  return { width: SHARE_WIDTH, height: SHARE_HEIGHT, background: INK.bg, paints };
}
