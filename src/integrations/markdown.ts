/**
 * The site's Markdown processor (astro.config.mjs `markdown.processor`), which renders
 * every entry body (./bodies-as-html.ts): GFM, links from the site's root given the base
 * path, and a translation's footnotes in its language.
 */
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkBaseLinks } from './remark-base-links';
import { rehypeTranslatedFootnotes } from './rehype-translated-footnotes';

export const markdownProcessor = (base: string) =>
  unified({ remarkPlugins: [remarkGfm, remarkBaseLinks(base)], rehypePlugins: [rehypeTranslatedFootnotes] });
