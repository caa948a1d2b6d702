/** The language of the page being rendered, from Astro's i18n routing (English when none). */
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export const pageLocale = (astro: { currentLocale?: string | undefined }): Locale =>
  isLocale(astro.currentLocale) ? astro.currentLocale : DEFAULT_LOCALE;
