/** Loads what the content folder holds, for the choices, the id checks and the content check. */
import { loadContent } from '../../../check/load-content';
import type { Context } from '../context';
import { indexContent } from '../known';

export function loadExisting(ctx: Context): void {
  ctx.existing = loadContent(ctx.root, ctx.dir);
  ctx.known = indexContent(ctx.existing.files);
}
