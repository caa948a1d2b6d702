/**
 * Issue #16, the naming rule of translations: the Russian translation of the entry
 * `2023-03-first-kazakh-oil-through-btc` is the file
 * `2023-03-first-kazakh-oil-through-btc.ru.mdx` (or `.md`) beside it, so its id is the
 * entry's id, a dot and the language code. Entry ids never hold a dot.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../../i18n/locales';

/** The languages an entry can be translated into: every language of the site but English, the original. */
export const TRANSLATION_LANGUAGES = LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE);

export type TranslationLanguage = Exclude<Locale, typeof DEFAULT_LOCALE>;

export const isTranslationLanguage = (code: string): code is TranslationLanguage =>
  (TRANSLATION_LANGUAGES as readonly string[]).includes(code);

/** The id of an entry's translation into `lang`. */
export const translationId = (entryId: string, lang: string): string => `${entryId}.${lang}`;

/**
 * What a translation's id names: the entry it translates and the language code as
 * written (which may be one the site does not have: the content check says so).
 * `x.ru` → `{ original: 'x', lang: 'ru' }`; undefined for an id without a dot.
 */
export function translationOf(id: string): { original: string; lang: string } | undefined {
  const dot = id.indexOf('.');
  if (dot <= 0) return undefined;
  return { original: id.slice(0, dot), lang: id.slice(dot + 1) };
}
