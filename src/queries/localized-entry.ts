/**
 * The entry pages of the other languages (/ru/entries/<id>/…): the English page's props
 * (./entry.ts) for each language the build makes, and where the entry has a translation
 * into that language (issue #16), the translation, with the page's title, summary,
 * search metadata and JSON-LD in it. Without one the page falls back to the English
 * text. The translation is in the props, so the route's cacheKey changes with it.
 */
import { PREFIXED_LOCALES } from '../i18n/routes';
import type { Locale } from '../i18n/locales';
import { entrySearchAttributes } from '../lib/search/attributes';
import { translatedArticle } from '../lib/structured/translation';
import { translationId } from '../lib/translations/names';
import { inLocale, paths } from '../lib/urls/paths';
import { withCacheKeys } from './cache-key';
import { getEntryPages } from './entry';
import { getLookup, getTranslations, type Entry, type Translation } from './load';

/** What the page shows of a translation: its words, its language, and where the English original is. */
function translationView(entry: Entry, translation: Translation, lang: Locale) {
  return {
    /** The file, rendered in place of the entry's body. */
    entry: translation,
    lang,
    title: translation.data.title,
    summary: translation.data.summary,
    translator: translation.data.translator,
    originalHref: paths.entry(entry.id),
  };
}

export type EntryTranslationView = ReturnType<typeof translationView>;

export async function getLocalizedEntryPages() {
  const [pages, translations, look] = await Promise.all([getEntryPages(), getTranslations(), getLookup()]);
  return PREFIXED_LOCALES.flatMap((locale) =>
    pages.map(({ params, props, cacheKey }) => {
      const found = translations.get(translationId(params.id, locale));
      // Untranslated, the page shows what the English page shows: it keeps that page's key
      // (as every other page of a language does, src/i18n/routes.ts), not hashing the props again.
      if (!found) return { params: { ...params, locale }, props: { ...props, translation: undefined }, cacheKey };
      const translation = translationView(props.entry, found, locale);
      const words = { title: translation.title, summary: translation.summary };
      const url = paths.absolute(inLocale(paths.entry(params.id), locale, PREFIXED_LOCALES));
      const originalUrl = paths.absolute(paths.entry(params.id));
      const [page] = withCacheKeys([
        {
          params: { ...params, locale },
          props: {
            ...props,
            translation,
            search: entrySearchAttributes(
              { id: props.entry.id, data: { ...props.entry.data, ...words }, body: found.body },
              look,
            ),
            jsonLd: props.jsonLd.map((article) =>
              translatedArticle(article, { url, originalUrl, lang: locale, ...words }),
            ),
          },
        },
      ]);
      return page!;
    }),
  );
}
