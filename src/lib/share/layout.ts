/**
 * How a share card is drawn: the tree of boxes Satori lays out (plain objects in the
 * shape of React elements, no JSX), 1200 × 630, to be read at 300 px wide in a feed.
 * Colours are the light theme's tokens (src/styles/tokens.css); type is large and bold,
 * the title as large as its length allows.
 */
import type { BadgeTone, ShareCard } from './card';
import { SHARE_HEIGHT, SHARE_WIDTH } from './draw';

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

/** An element as Satori reads it. */
export interface ShareNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | ShareNode | ShareNode[] };
}
const box = (style: Record<string, string | number>, children?: ShareNode['props']['children']): ShareNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

const PAD_X = 72;
/** Room for the title: the card less its padding, badges, date, detail and foot. */
const TITLE_WIDTH = SHARE_WIDTH - 2 * PAD_X - 20;
const TITLE_HEIGHT = 300;
const LINE_HEIGHT = 1.15;
/** Average width of a bold Noto Sans letter, in ems (a little generous, so titles rarely clamp). */
const EM_PER_CHAR = 0.56;
const SIZES = [88, 76, 66, 58, 50] as const;

/** The largest title size at which the title's estimated lines fit, and how many lines it may take. */
export function titleFit(title: string, height = TITLE_HEIGHT): { size: number; lines: number } {
  for (const size of SIZES) {
    const lines = Math.floor(height / (size * LINE_HEIGHT));
    const perLine = Math.floor(TITLE_WIDTH / (size * EM_PER_CHAR));
    if (Math.ceil(title.length / perLine) <= lines) return { size, lines };
  }
  const size = SIZES[SIZES.length - 1];
  return { size, lines: Math.floor(height / (size * LINE_HEIGHT)) };
}

function badge(text: string, tone: BadgeTone): ShareNode {
  return box(
    {
      ...TONES[tone],
      fontSize: 38,
      fontWeight: 700,
      padding: '2px 18px',
      borderRadius: 10,
      marginRight: 16,
    },
    text,
  );
}

/** The site's mark, as the favicon draws it: a blue square with a white cross. */
function mark(): ShareNode {
  const bar = (w: number, h: number) =>
    box({
      position: 'absolute',
      left: (48 - w) / 2,
      top: (48 - h) / 2,
      width: w,
      height: h,
      background: '#ffffff',
      borderRadius: 3,
    });
  return box({ position: 'relative', width: 48, height: 48, borderRadius: 9, background: INK.link, marginRight: 20 }, [
    bar(26, 5),
    bar(5, 26),
  ]);
}

/** The card as Satori's tree, in the given font family. */
export function shareLayout(card: ShareCard, fontFamily: string): ShareNode {
  const isSite = card.title === card.site;
  const accent = TONES[card.badges[0]?.tone ?? 'neutral'].color;
  const fit = titleFit(card.title, card.detail ? TITLE_HEIGHT - 62 : TITLE_HEIGHT);
  const top: ShareNode[] = [];
  if (isSite) top.push(box({ display: 'flex', marginBottom: 28 }, [mark()]));
  if (card.badges.length > 0)
    top.push(
      box(
        { display: 'flex', marginBottom: 18 },
        card.badges.map((b) => badge(b.text, b.tone)),
      ),
    );
  if (card.date) top.push(box({ fontSize: 46, fontWeight: 700, color: INK.muted, marginBottom: 8 }, card.date));
  const title = box(
    {
      fontSize: fit.size,
      fontWeight: 700,
      lineHeight: LINE_HEIGHT,
      color: INK.text,
      lineClamp: fit.lines,
      display: 'block',
      maxWidth: TITLE_WIDTH,
    },
    card.title,
  );
  const detail =
    card.detail &&
    box(
      {
        fontSize: isSite ? 44 : 40,
        color: INK.muted,
        marginTop: 14,
        lineClamp: isSite ? 3 : 1,
        display: 'block',
        maxWidth: TITLE_WIDTH,
      },
      card.detail,
    );
  const foot = box(
    { display: 'flex', alignItems: 'center', marginTop: 'auto', paddingTop: 22, borderTop: `3px solid ${INK.border}` },
    [mark(), box({ fontSize: 40, fontWeight: 700, color: INK.link }, card.site)],
  );
  return box(
    {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      // The site's own card has no foot: its name is the title, set in the middle.
      justifyContent: isSite ? 'center' : 'flex-start',
      background: INK.bg,
      borderLeft: `20px solid ${accent}`,
      padding: `52px ${PAD_X}px 44px ${PAD_X - 20}px`,
      fontFamily,
    },
    [...top, title, ...(detail ? [detail] : []), ...(isSite ? [] : [foot])],
  );
}
