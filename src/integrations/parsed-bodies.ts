/**
 * The MDX entry bodies the content check has just parsed, handed to the loader that
 * renders them (src/integrations/bodies-as-html.ts): a cold build parses each body once,
 * not twice (about 1.6 ms a body here). The check runs from astro.config.mjs and the
 * loader from src/content.config.ts, each with its own copy of this module: the trees
 * wait on globalThis, and each is taken once.
 *
 * The check parses a body as the MDX compiler gets it, the frontmatter blanked out so
 * that lines keep their numbers; the loader is given it trimmed. A tree is handed over
 * only when trimming cannot change what the text parses to: nothing but blank lines
 * before the body's first line. Its positions then count those lines, and nothing the
 * loader does reads positions.
 */
import type { Root } from 'mdast';

type Waiting = Map<string, Root>;
const trees: Waiting = ((globalThis as Record<symbol, Waiting | undefined>)[Symbol.for('kzaz.parsed-bodies')] ??=
  new Map());

/** Keeps the tree of `text` (a body as the check read it) for the loader. */
export function handOver(text: string, tree: Root): void {
  const leading = text.length - text.trimStart().length;
  if (leading === 0 || text[leading - 1] === '\n') trees.set(text.trim(), tree);
}

/** The tree handed over for this body (as the loader has it), once; undefined when there is none. */
export function takeParsed(body: string): Root | undefined {
  const tree = trees.get(body);
  trees.delete(body);
  return tree;
}

/** Forgets every tree not taken (a build that stops before loading its content). */
export function dropParsedBodies(): void {
  trees.clear();
}
