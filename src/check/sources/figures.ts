/**
 * Whether a figure occurs in an article: the value in digits ("470", "150,000", "1.5") or
 * in words ("seven", "three times", "doubling"), with its unit near it ("$… million",
 * "million tons", "percent" or "%", "barrels", …).
 */
import { numericText } from './text';

const WORDS: Record<number, string[]> = {
  1: ['one', 'a single'],
  2: ['two', 'twice', 'double', 'doubling', 'doubled'],
  3: ['three', 'triple', 'tripled', 'threefold', 'third'],
  4: ['four'],
  5: ['five'],
  6: ['six'],
  7: ['seven'],
  8: ['eight'],
  9: ['nine'],
  10: ['ten'],
  11: ['eleven'],
  12: ['twelve'],
  14: ['fourteen'],
  15: ['fifteen'],
  19: ['nineteen'],
  20: ['twenty'],
  30: ['thirty'],
  40: ['forty'],
  50: ['fifty', 'half'],
  60: ['sixty'],
  70: ['seventy'],
  80: ['eighty'],
  90: ['ninety'],
  100: ['a hundred', 'one hundred'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every way the value may be written: digits (also scaled by a million) and words. */
function valueForms(value: number, unit: string): RegExp[] {
  const forms: RegExp[] = [];
  const digits = (n: number) => {
    const s = String(n);
    forms.push(new RegExp(`(?<![\\d.])${escape(s)}(?!\\d|\\.\\d)`, 'g'));
  };
  digits(value);
  // "70 million tons" may be stored as 70 with unit "million tonnes"; a value stored in
  // plain units (700000 tonnes) may be written "700,000" — both are digits(value).
  if (/^(million|billion)\b/i.test(unit) === false && value >= 1_000_000 && value % 1_000_000 === 0)
    digits(value / 1_000_000);
  for (const w of WORDS[value] ?? []) forms.push(new RegExp(`\\b${escape(w)}\\b`, 'g'));
  return forms;
}

const MULTIPLIER_WORDS = /^(twice|double|doubling|doubled|triple|tripled|threefold)$/;

/** What must stand near the number for the unit to count as stated. */
function unitTest(unit: string): (before: string, token: string, after: string) => boolean {
  const u = unit.toLowerCase();
  if (u.startsWith('times'))
    return (_b, token, a) => MULTIPLIER_WORDS.test(token) || /^\s*(-?\s*times\b|-?fold\b)/.test(a);
  const scale = /^(million|billion)\b/.exec(u)?.[1];
  const money = /\busd\b|\$|dollar/.test(u);
  // A rate per year may be written "annually", "each year", "a year" or "per year".
  const rest = u
    .replace(/^(million|billion)\s*/, '')
    .replace(/\busd\b/, '')
    .replace(/\s*per year$/, '')
    .trim();
  let tail: RegExp | undefined;
  if (rest.startsWith('%')) tail = /(%|percent|per cent)/;
  else if (/^tonnes?/.test(rest)) tail = /\btons?\b|\btonnes?\b/;
  else if (rest) {
    const word = rest.split(/\s+/)[0]!.replace(/(ies|es|s)$/, '');
    tail = new RegExp(escape(word.slice(0, Math.max(3, word.length - 1))));
  }
  return (before, _token, after) => {
    if (scale && !new RegExp(`^[^.;]{0,30}?\\b${scale}\\b`).test(after)) return false;
    if (money && !(/\$\s*$/.test(before) || /^[^.;]{0,40}(dollar|usd)/.test(after))) return false;
    if (tail && !new RegExp(`^[^;]{0,45}?${tail.source}`).test(after)) return false;
    return true;
  };
}

/** Whether `value` with `unit` occurs in the (numeric-normalised) archive text. */
export function figureOccurs(value: number, unit: string, archive: string): boolean {
  const text = numericText(archive);
  const ok = unitTest(unit);
  for (const re of valueForms(value, unit)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 3), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      if (ok(before, m[0], after)) return true;
    }
  }
  return false;
}
