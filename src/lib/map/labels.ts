/**
 * A generic label-collision layout: each label takes the first of its candidate spots
 * that stays inside the frame and clear of the labels placed so far and of the points.
 */

/** Coordinates rounded to a tenth of a pixel, so the SVG stays small and stable. */
export const round = (v: number) => Math.round(v * 10) / 10;

export interface LabelBox {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Rough width of a label: enough to keep labels apart without measuring fonts. */
export const textWidth = (text: string, size: number): number => text.length * size * 0.56;

export type Candidate = [dx: number, dy: number, anchor: LabelBox['anchor']];

/**
 * Keeps labels apart: each new label takes the first of its candidate spots that stays
 * inside the frame and clear of the labels placed so far and of the points; when none
 * is clear, the first spot inside the frame (or, failing that, `fallback`).
 */
export function labelLayout(frame: { width: number; height: number }, dots: readonly Rect[], size = 12) {
  const placed: Rect[] = [];
  const rectOf = (x: number, y: number, text: string, [dx, dy, anchor]: Candidate, widen: number): Rect => {
    const w = textWidth(text, size) * widen;
    const left = x + dx - (anchor === 'start' ? 0 : anchor === 'end' ? w : w / 2);
    return { x0: left, y0: y + dy - size * 0.8, x1: left + w, y1: y + dy + size * 0.2 };
  };
  const inside = (b: Rect) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= frame.width - 2 && b.y1 <= frame.height - 2;
  const clear = (b: Rect, own?: Rect) =>
    !placed.some((o) => overlaps(o, b)) && !dots.some((d) => d !== own && overlaps(d, b));
  return {
    /**
     * Places `text` at the first good spot among `spots` (points with candidate offsets).
     * A spot's `allows` rules out candidates too; it is asked last, only of candidates
     * otherwise good, so a costly test (a name inside its country) runs rarely.
     */
    place(
      text: string,
      spots: readonly {
        x: number;
        y: number;
        own?: Rect;
        candidates: readonly Candidate[];
        allows?: (c: Candidate) => boolean;
      }[],
      fallback = true,
      /** How much wider than plain text it sets (capitals with letter spacing: about 1.4). */
      widen = 1,
    ): LabelBox | undefined {
      const all = spots.flatMap((s) => s.candidates.map((c) => ({ s, c, r: rectOf(s.x, s.y, text, c, widen) })));
      const allowed = (o: (typeof all)[number]) => o.s.allows?.(o.c) ?? true;
      const pick =
        all.find((o) => inside(o.r) && clear(o.r, o.s.own) && allowed(o)) ??
        (fallback ? all.find((o) => inside(o.r) && allowed(o)) : undefined);
      if (!pick) return undefined;
      placed.push(pick.r);
      return { x: round(pick.s.x + pick.c[0]), y: round(pick.s.y + pick.c[1]), anchor: pick.c[2] };
    },
  };
}

export const dotRect = (x: number, y: number, r: number): Rect => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** Label spots around a point: right, left, above, below, then the corners. */
export function besideDot(size: number, r: number): Candidate[] {
  const gap = r + 3;
  return [
    [gap, size * 0.35, 'start'],
    [-gap, size * 0.35, 'end'],
    [0, -gap, 'middle'],
    [0, gap + size * 0.8, 'middle'],
    [gap - 2, -gap + 2, 'start'],
    [gap - 2, gap + size * 0.6, 'start'],
    [-gap + 2, -gap + 2, 'end'],
    [-gap + 2, gap + size * 0.6, 'end'],
  ];
}

/** Labels beside points, in the order given, kept apart from each other and from the points. */
export function placeLabels(
  items: readonly { x: number; y: number; text: string }[],
  frame: { width: number; height: number },
  size = 12,
  r = 4,
): LabelBox[] {
  const dots = items.map((p) => dotRect(p.x, p.y, r));
  const layout = labelLayout(frame, dots, size);
  return items.map((item, i) => layout.place(item.text, [{ ...item, own: dots[i]!, candidates: besideDot(size, r) }])!);
}
