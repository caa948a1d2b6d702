/** Quotations in a text, and whether one occurs word for word in an article. */
import { normaliseText } from './text';

/** Whether the quotation occurs word for word (case, quote style, dashes and spacing aside). */
export function quoteOccurs(quote: string, archive: string): boolean {
  const text = normaliseText(archive);
  return quoteFragments(quote).every((frag) => text.includes(frag));
}

/** A quotation split at ellipses, each part normalised, outer punctuation dropped. */
function quoteFragments(quote: string): string[] {
  return quote
    .split(/\u2026|\.\.\./)
    .map((s) =>
      normaliseText(s)
        .replace(/^[\s"'\-.,;:]+/, '')
        .replace(/[\s"'.,;:!?]+$/, ''),
    )
    .filter((s) => s.length > 0);
}

/** Quotations in a text: straight or curly double quotes, with their offsets. */
export function quotationsIn(text: string): { quote: string; index: number }[] {
  const out: { quote: string; index: number }[] = [];
  const re = /"([^"\n]*(?:\n(?!\n)[^"\n]*)*)"|\u201c([^\u201d]*)\u201d/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const q = (m[1] ?? m[2] ?? '').trim();
    if (q) out.push({ quote: q, index: m.index });
  }
  return out;
}
