/** Text as the archive is compared with it: case, quote style, dashes and spacing aside. */

/** Lower case, straight quotes and apostrophes, hyphens for dashes, single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalised text with thousands separators removed from numbers ("150,000" → "150000"). */
export function numericText(text: string): string {
  let t = normaliseText(text);
  let prev;
  do {
    prev = t;
    t = t.replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
  } while (t !== prev);
  return t;
}
