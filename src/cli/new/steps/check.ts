/** Refuses to overwrite, then checks the new files with the whole content folder before anything is written. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblem, parseYamlWithLines, type ContentFile } from '../../../check/index';
import type { Context, NewFile } from '../context';

/** A file of the content folder as the output names it (relative to the root). */
export const shown = (ctx: Context, rel: string): string => path.relative(ctx.root, path.join(ctx.dir, rel)) || rel;

export function refuseOverwrite(ctx: Context): void {
  for (const f of ctx.files)
    if (existsSync(path.join(ctx.dir, f.rel)))
      ctx.fail(
        `${shown(ctx, f.rel)} already exists — nothing written. Edit that file, or choose another title or --slug`,
      );
}

/** A new file as the loader would read it, so the content check sees it with its line numbers. */
function asContentFile(ctx: Context, f: NewFile): ContentFile {
  const isEntry = f.collection === 'entries';
  const m = isEntry ? /^---\n([\s\S]*?)\n---\n/.exec(f.text) : null;
  const parsed = parseYamlWithLines(isEntry ? m![1]! : f.text, isEntry ? 2 : 1);
  return {
    collection: f.collection,
    id: f.id,
    file: shown(ctx, f.rel),
    data: parsed.data,
    lineOf: parsed.lineOf,
    body: isEntry ? { text: f.text.slice(m![0].length), line: m![0].split('\n').length } : undefined,
  };
}

export function checkFiles(ctx: Context): void {
  const newFiles = ctx.files.map((f) => asContentFile(ctx, f));
  const mine = new Set(newFiles.map((f) => f.file));
  const problems = checkContent([...ctx.existing.files, ...newFiles], { today: ctx.today }).filter((pr) =>
    mine.has(pr.file),
  );
  if (problems.length) {
    ctx.io.err(problems.map(formatProblem).join('\n'));
    ctx.fail(
      `\n${problems.length} problem${problems.length === 1 ? '' : 's'} — nothing written. Correct the answers above and run npm run new again.`,
    );
  }
}
