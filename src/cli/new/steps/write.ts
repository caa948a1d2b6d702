/** Prints the files (--dry-run), or shows the entry and asks (in a terminal), then writes and says what next. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { paths } from '../../../lib/urls/paths';
import { cancelled } from '../ask/prompts';
import type { Context } from '../context';
import { shown } from './check';

const PREVIEW = 'http://localhost:4321';

export async function writeFiles(ctx: Context): Promise<void> {
  const { files, io, prompts } = ctx;
  if (ctx.flags['dry-run']) {
    for (const f of files) io.out(`--- ${shown(ctx, f.rel)}\n${f.text}`);
    io.exit(0);
  }
  if (ctx.interactive) {
    prompts.note(files[0]!.text, shown(ctx, files[0]!.rel));
    const ok = cancelled(
      ctx,
      await prompts.confirm({ message: `Write ${files.length === 1 ? 'this file' : `these ${files.length} files`}?` }),
    );
    if (!ok) {
      prompts.cancel('Nothing written.');
      io.exit(0);
    }
  }
  for (const f of files) {
    const abs = path.join(ctx.dir, f.rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, f.text, { flag: 'wx' });
  }
  const lines = [
    ...files.map((f) => `created ${shown(ctx, f.rel)}`),
    `preview: ${PREVIEW}${paths.entry(ctx.entry!.id)} (after npm run dev)`,
    'next: write the body in your own words with a footnote per fact, then run npm run check',
  ];
  if (ctx.interactive) prompts.outro(lines.join('\n'));
  else io.out(lines.join('\n'));
}
