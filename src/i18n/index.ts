/**
 * The site's words in the reader's language: `translator(locale)` gives `t(key, vars)`
 * (placeholders `{name}` filled from `vars`), `tn(key, count)` (the plural form
 * Intl.PluralRules picks, `{count}` written with the locale's digits), the locale's
 * number formatter and the words dates need. One dictionary per language: ./en.ts
 * (the keys), ./ru.ts, ./kk.ts, ./az.ts.
 */
import type { DateWords } from '../primitives/dates';
import { az } from './az';
import { en, type Dictionary, type MessageKey } from './en';
import { kk } from './kk';
import { LOCALES, type Locale } from './locales';
import { ru } from './ru';

export const DICTIONARIES: Record<Locale, Dictionary> = { en, ru, kk, az };

export type { MessageKey, Dictionary };

/** A key whose forms are `<key>.one`, `<key>.few`, `<key>.many`, `<key>.other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

type Vars = Record<string, string | number>;

/** `template` with each `{name}` replaced by `vars.name` (unknown names stay as written). */
export const fill = (template: string, vars: Vars = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/**
 * A template cut at one placeholder, for markup around it: "Record as of {date}." gives
 * ["Record as of ", "."] so the date can be a <time> element.
 */
export function around(template: string, name: string): [before: string, after: string] {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return [before, after];
}

export interface Translator {
  locale: Locale;
  /** BCP 47 tag for Intl and `<html lang>`. */
  tag: string;
  t: (key: MessageKey, vars?: Vars) => string;
  tn: (key: PluralKey, count: number, vars?: Vars) => string;
  number: (n: number) => string;
  dateWords: DateWords;
}

const cache = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  const hit = cache.get(locale);
  if (hit) return hit;
  const dict = DICTIONARIES[locale];
  const { tag } = LOCALES[locale];
  const plural = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const t = (key: MessageKey, vars?: Vars) => fill(dict[key], vars);
  const number = (n: number) => numbers.format(n);
  const tn = (key: PluralKey, count: number, vars: Vars = {}) => {
    const form = plural.select(count);
    const k = `${key}.${form}` as MessageKey;
    return fill(dict[k in dict ? k : (`${key}.other` as MessageKey)], { ...vars, count: number(count) });
  };
  const dateWords: DateWords = {
    tag,
    quarter: (n, year) => t(`date.q${n}`, { year }),
    half: (n, year) => t(`date.h${n}`, { year }),
  };
  const out: Translator = { locale, tag, t, tn, number, dateWords };
  cache.set(locale, out);
  return out;
}
