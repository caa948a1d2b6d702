/** Human words for the codes the schemas use, in the page's language (src/i18n/). */
import { DICTIONARIES, type MessageKey } from '../../i18n';
import { LOCALES, type Locale } from '../../i18n/locales';
import type { CountryCode } from '../../primitives/countries';
import type { Timing } from '../timeline/timing';

const upperFirst = (code: string) => code.charAt(0).toUpperCase() + code.slice(1);

/** "Visit", "State visit", "about" for a code; a code with no word is shown capitalised. */
export function label(code: string, locale: Locale = 'en'): string {
  const dict = DICTIONARIES[locale];
  const key = `label.${code}`;
  return key in dict ? dict[key as MessageKey] : upperFirst(code);
}

/** A country's name: "Kazakhstan", «Казахстан». */
export const countryLabel = (code: CountryCode, locale: Locale = 'en'): string =>
  DICTIONARIES[locale][`country.${code}`];

/** Where an entry stands on the as-of day, as its badge says it: Happened, Planned, Past due. */
export const timingLabel = (timing: Timing, locale: Locale = 'en'): string =>
  timing === 'past-due'
    ? DICTIONARIES[locale]['list.pastDue']
    : label(timing === 'ahead' ? 'planned' : 'happened', locale);

/** Plural heading for a kind: "Visits", "Agreements", "Events". */
export function kindPlural(kind: string, locale: Locale = 'en'): string {
  const dict = DICTIONARIES[locale];
  const key = `kinds.${kind}`;
  return key in dict ? dict[key as MessageKey] : `${label(kind, locale)}s`;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
/** A number with the language's separators and at most two decimals: 150,000; 1.5 (150 000; 1,5 in Russian). */
export function formatNumber(value: number, locale: Locale = 'en'): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[locale].tag, { maximumFractionDigits: 2 });
    numberFormats.set(locale, f);
  }
  return f.format(value);
}

/** A figure's number as a reader says it: "about 90 %", "$470 million" stays "470 million USD". */
export function formatFigure(value: number, unit: string, qualifier?: string, locale: Locale = 'en'): string {
  const n = formatNumber(value, locale);
  const q = qualifier ? `${label(qualifier, locale)} ` : '';
  return unit === '%' ? `${q}${n}%` : `${q}${n} ${unit}`;
}
