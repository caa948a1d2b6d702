/**
 * Issue #16: an entry's Article (./entry.ts) as the page of its translation shows it:
 * the page's own address, the translated headline and description, the language, and
 * the English Article it translates. What it is about and cites stays the original's.
 */
import type { Article } from 'schema-dts';

export interface TranslatedPage {
  /** The translated page's absolute URL. */
  url: string;
  /** The absolute URL of the English page. */
  originalUrl: string;
  lang: string;
  title: string;
  summary: string;
}

export function translatedArticle(article: Article, page: TranslatedPage): Article {
  if (typeof article === 'string') return article;
  return {
    ...article,
    '@id': `${page.url}#article`,
    url: page.url,
    mainEntityOfPage: page.url,
    headline: page.title,
    description: page.summary,
    inLanguage: page.lang,
    translationOfWork: { '@id': `${page.originalUrl}#article` },
  } as Article;
}
