/**
 * The routes of the other languages: every English page has a twin under
 * src/pages/[locale]/ that renders the same page component with the same props, for each
 * language the build makes besides English (SITE_LOCALES). These helpers add the
 * `locale` parameter to the English page's paths.
 */
import type { PaginateFunction } from 'astro';
import { SITE_LOCALES } from '../io/env';
import { DEFAULT_LOCALE, type LocaleParam } from './locales';

/** The languages built under a prefix (/ru/, /kk/, /az/). */
export const PREFIXED_LOCALES = SITE_LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** A page without parameters, once per prefixed language. */
export const localeOnly = () => PREFIXED_LOCALES.map((locale) => ({ params: { locale } }));

/** An English page's paths, once per prefixed language, with the same props. */
export function inLocales<P extends { params: object }>(paths: readonly P[]) {
  return PREFIXED_LOCALES.flatMap((locale) => paths.map((p) => ({ ...p, params: { ...p.params, locale } })));
}

/**
 * A paginated English page's paths, once per prefixed language: `make` is the page's
 * query, given the language as a route parameter so that the pages' own links (next,
 * previous) carry it.
 */
export async function paginatedInLocales<R>(
  paginate: PaginateFunction,
  make: (paginate: PaginateFunction, params: LocaleParam) => R[] | Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (const locale of PREFIXED_LOCALES) out.push(...(await make(paginate, { locale })));
  return out;
}
