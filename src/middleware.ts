/**
 * Pages in another language (/ru/, /kk/, /az/) link to that language: the internal links
 * of each rendered page get its prefix (src/lib/urls/localise-links.ts). English pages
 * pass through untouched. Runs at build time on every prerendered page.
 */
import { defineMiddleware } from 'astro:middleware';
import { PREFIXED_LOCALES } from './i18n/routes';
import { isLocale } from './i18n/locales';
import { localiseLinks } from './lib/urls/localise-links';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const locale = context.currentLocale;
  if (!isLocale(locale) || !PREFIXED_LOCALES.includes(locale)) return response;
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = localiseLinks(await response.text(), locale, PREFIXED_LOCALES);
  return new Response(html, { status: response.status, headers: response.headers });
});
