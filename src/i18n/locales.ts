/**
 * The languages the site is written in. English is the default, at the site's root
 * (unchanged URLs); the others live under /<code>/. Each has its name in its own
 * script (for the language switcher), the BCP 47 tag that `Intl` formats dates and
 * numbers with, and the language Pagefind indexes its pages under (`<html lang>`).
 */
export const LOCALES = {
  en: { code: 'en', name: 'English', tag: 'en-GB', pagefind: 'en' },
  ru: { code: 'ru', name: 'Русский', tag: 'ru', pagefind: 'ru' },
  kk: { code: 'kk', name: 'Қазақша', tag: 'kk', pagefind: 'kk' },
  az: { code: 'az', name: 'Azərbaycanca', tag: 'az', pagefind: 'az' },
} as const;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'en';

/** Every locale, the default first. */
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/** The route parameter of a page in a prefixed language (none for English). */
export type LocaleParam = { locale?: Locale };

export const isLocale = (code: unknown): code is Locale => typeof code === 'string' && code in LOCALES;
