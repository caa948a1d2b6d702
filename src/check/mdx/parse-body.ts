/**
 * An entry body parsed by the parser the build uses: micromark with the MDX extensions
 * (through remark-mdx, as @mdx-js/mdx does) and GFM (remark-gfm, as astro.config.mjs
 * adds it). A `.md` entry is parsed as Markdown, where HTML is raw HTML rather than JSX.
 * Nothing is compiled or run: the tree is data for the rules to read.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ParsedBody } from '../types';

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Turns a parser error into a sentence with its place. Any other failure of the parser
 * (an internal assertion on very damaged input) is reported too, never thrown: the check
 * must not stop on one file.
 */
function syntaxError(e: unknown): NonNullable<ParsedBody['error']> {
  const place = (e as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
  const point = place && 'start' in place && place.start ? place.start : place;
  const reason = (e as { reason?: unknown }).reason;
  const message =
    typeof reason === 'string'
      ? reason
      : `the MDX parser could not read this body (${e instanceof Error ? e.message : String(e)}); check the Markdown near the start of the body`;
  return { line: point?.line ?? 1, column: point?.column ?? 1, message };
}

/** `isMdx` false for a `.md` file. Positions in the tree are positions in `text`. */
export function parseBody(text: string, isMdx: boolean): ParsedBody {
  try {
    return { tree: (isMdx ? mdx : markdown).parse(text) };
  } catch (e) {
    return { error: syntaxError(e) };
  }
}
