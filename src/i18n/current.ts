/** The language of the page being rendered, from Astro's i18n routing (English when none). */
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export const pageLocale = (astro: { currentLocale?: string | undefined }): Locale =>
  isLocale(astro.currentLocale) ? astro.currentLocale : DEFAULT_LOCALE;

/**
 * The `lang` of content shown in English on another language's page (titles, summaries,
 * bodies without a translation); undefined on English pages, which are English throughout.
 */
export const contentLang = (locale: Locale): 'en' | undefined => (locale === DEFAULT_LOCALE ? undefined : 'en');

/**
 * The `lang` of the page's own words placed inside content marked English (the facts box,
 * the figures table of an entry page): the page's language on another language's page,
 * undefined on English pages.
 */
export const chromeLang = (locale: Locale): Locale | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);
