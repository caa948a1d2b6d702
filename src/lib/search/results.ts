/**
 * What the search page shows of a result, from the data Pagefind returns for it, and the
 * sentence announced for a search. Pure: the search page's script renders these.
 */
import { markRegExp } from './marks';
import { activeFilterCount, type SearchState } from './state';
import { fillIn, pluralIn, type SearchWords } from './words';

/** Pagefind's data for one result (the fields the page uses). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface ResultSection {
  title: string;
  url: string;
  /** Safe HTML: text with <mark> around the matched words. */
  excerpt: string;
}

export interface ResultView {
  url: string;
  title: string;
  /** The date as the site writes it ("March 2023"); entity pages have none. */
  date: string | undefined;
  kind: string | undefined;
  planned: boolean;
  /** Safe HTML: the summary with the searched words marked. */
  summary: string;
  /** Safe HTML, or '' when the matched passage says nothing the title and summary do not. */
  excerpt: string;
  sections: ResultSection[];
}

/** Links to matching sections of a page, at most this many. */
const MAX_SECTIONS = 3;
/**
 * Sections not worth a link of their own: the citations at the foot of an entry (its
 * "Sources" list and the footnotes), which repeat article titles full of common words.
 */
export const CITATION_ANCHORS = ['#sources-h', '#footnote-label'];

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Escapes an excerpt from Pagefind for innerHTML, keeping only its <mark> tags (and the
 * entities Pagefind already wrote, so "&amp;" is not escaped twice).
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) =>
      part === '<mark>' || part === '</mark>'
        ? part
        : part
            .replace(/&(?!(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)/gi, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;'),
    )
    .join('');
}

/** The words of a search, lower-cased, without punctuation (as Pagefind reads them). */
export function searchWords(q: string): string[] {
  return [...new Set(q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/**
 * Text as safe HTML with each word that starts with a searched word marked, the way the
 * result pages highlight them (see src/components/SearchMeta.astro).
 */
export function markWords(text: string, words: readonly string[]): string {
  if (!words.length) return escapeHtml(text);
  const re = markRegExp(words);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

const plainWords = (html: string): string[] =>
  html
    .replace(/<[^>]+>/g, ' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether an excerpt tells the reader more than the title and summary above it: only
 * when it shows a matched word they do not (the summary opens every entry page, so
 * Pagefind often picks it as the excerpt; a match on another spelling, a figure or a
 * passage further down is worth showing).
 */
export function excerptAddsInformation(excerpt: string, ...shown: string[]): boolean {
  const known = new Set(shown.flatMap(plainWords));
  const matched = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => plainWords(m[1] ?? ''));
  return matched.some((w) => !known.has(w));
}

/**
 * A result's address without an empty highlight parameter (Pagefind adds one even to a
 * search without words). Keeps the path, the other parameters and the #section.
 */
export function resultUrl(url: string): string {
  return url.replace(/([?&])pagefind-highlight=(?=&|#|$)&?/g, '$1').replace(/[?&](?=#|$)/, '');
}

/** What one result shows. `q` is the search, for marking its words in the summary. */
export function resultView(data: ResultData, q = ''): ResultView {
  const m = data.meta;
  const title = m.title || data.url;
  const summary = m.summary ?? '';
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.title && s.title !== title)
    .filter((s) => !CITATION_ANCHORS.some((anchor) => s.url.endsWith(anchor)))
    .slice(0, MAX_SECTIONS)
    .map((s) => ({ title: s.title, url: resultUrl(s.url), excerpt: safeExcerpt(s.excerpt ?? '') }));
  const excerpt = safeExcerpt(data.excerpt ?? '');
  return {
    url: resultUrl(data.url),
    title,
    date: m.date || undefined,
    kind: m.kind || undefined,
    planned: m.status === 'Planned',
    summary: markWords(summary, searchWords(q)),
    // Shown only when neither the summary nor a section's excerpt already shows what matched.
    excerpt: excerptAddsInformation(excerpt, title, summary, ...sections.map((s) => s.excerpt)) ? excerpt : '',
    sections,
  };
}

/** "12 results for “btc” with 2 filters." — the sentence the live region announces, in the page's language. */
export function statusText(state: SearchState, total: number, words: SearchWords): string {
  const q = state.q.trim();
  const n = activeFilterCount(state);
  const what = total === 0 ? words.noResults : pluralIn(words.tag, words.results, total);
  const parts = [what, q && fillIn(words.for, { q }), n > 0 && pluralIn(words.tag, words.withFilters, n)];
  return `${parts.filter(Boolean).join(' ')}.`;
}
