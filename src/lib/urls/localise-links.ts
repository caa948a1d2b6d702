/**
 * The links of a page in another language lead to the same language: every internal
 * page link (`href` of <a> and <link>, `action` of <form>) of the rendered HTML gets
 * the language's prefix, through the URL builder (./paths.ts). Links that name their
 * language (`hreflang`: the language switcher and the alternates) are left as written,
 * and so are files (feeds, exports, the search index) that exist once for every language.
 *
 * This is why the pages' view models can build English paths and stay the same in every
 * language: the rendered page is localised once, at its end (src/middleware.ts).
 */
import { inLocale, isLocalisablePage } from './paths';

const TAG = /<(?:a|link|form)\s[^>]*>/g;
const ATTR = /(\s(?:href|action)=")([^"]*)"/g;

export function localiseLinks(html: string, locale: string, prefixed: readonly string[]): string {
  return html.replace(TAG, (tag) =>
    /\shreflang=/.test(tag)
      ? tag
      : tag.replace(ATTR, (whole, lead: string, href: string) =>
          isLocalisablePage(href, prefixed) ? `${lead}${inLocale(href, locale, prefixed)}"` : whole,
        ),
  );
}
