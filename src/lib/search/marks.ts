/**
 * What a highlighted word is, written once: a word that starts with a searched word. The
 * search page marks results with it (markWords in ./results.ts), and the inline script
 * of every entry and entity page (src/components/search/highlight-script.ts) is built
 * from the same pieces, so the two can never mark differently.
 */

/** Not inside a word, then one of the searched words, then the rest of the word. */
export const MARK_BEFORE = '(?<![\\p{L}\\p{N}])';
export const MARK_AFTER = '[\\p{L}\\p{N}]*';
export const MARK_FLAGS = 'giu';
/** The characters a searched word must have escaped in the pattern. */
export const REGEXP_SPECIALS = /[.*+?^$()|[\]{}\\]/g;

/** The pattern that finds words starting with any of `words`. */
export const markRegExp = (words: readonly string[]): RegExp =>
  new RegExp(
    `${MARK_BEFORE}(?:${words.map((w) => w.replace(REGEXP_SPECIALS, '\\$&')).join('|')})${MARK_AFTER}`,
    MARK_FLAGS,
  );
