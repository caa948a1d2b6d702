/**
 * Runs the content check: parse → schemas → rules → one sorted list of problems. Pure
 * apart from {@link runContentCheck}, which reads the folder through the loader.
 * The build guard, the dev server, `npm run check`, `npm run new` and the tests all come here.
 */
import { isoDay } from '../lib/dates';
import { readSources } from './load-content';
import { parseBody } from './mdx/parse-body';
import { compareProblems, formatReport } from './report';
import { CONTENT_RULES, FILE_RULES } from './rules/index';
import { checkSchemas } from './rules/schema';
import { idOf, parseSource } from './source';
import type { CheckedFile, CheckOptions, ContentFile, Problem, SourceFile } from './types';

/** Adds the parsed body to an entry, once, for every rule that reads it. */
const withParsedBody = (f: ContentFile): CheckedFile =>
  f.body ? { ...f, parsedBody: parseBody(f.body.text, !f.file.endsWith('.md')) } : f;

const fieldKey = (p: Problem) => `${p.file}\u0000${p.field}`;

/** The schema's problems on fields a file rule has not already reported (an impossible date is said once). */
function notYetReported(schema: readonly Problem[], early: readonly Problem[]): Problem[] {
  const reported = new Set(early.map(fieldKey));
  return schema.filter((p) => !reported.has(fieldKey(p)));
}

/** Checks parsed files (from the loader, or built in memory) and returns their problems. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): Problem[] {
  const checked = files.map(withParsedBody);
  const context = { today: isoDay(options.today ?? new Date()), valid: new Map() };
  const early = FILE_RULES.flatMap((rule) => rule(checked, context));
  const { valid, problems: schema } = checkSchemas(checked);
  const late = CONTENT_RULES.flatMap((rule) => rule(checked, { ...context, valid }));
  return [...early, ...notYetReported(schema, early), ...late].sort(compareProblems);
}

/** The problems of one file that can be judged on its own text, before anything compiles it (the dev loader). */
export function checkFileAlone(source: SourceFile): Problem[] {
  const parsed = parseSource(source);
  if (!('collection' in parsed)) return [parsed];
  const checked = [withParsedBody(parsed)];
  return FILE_RULES.flatMap((rule) => rule(checked, { today: '', valid: new Map() }));
}

/** A file that could not be parsed, kept so that its id exists (see ContentFile.unreadable). */
const unreadableFile = (src: SourceFile): ContentFile => ({
  collection: src.collection,
  id: idOf(src.file),
  file: src.file,
  data: undefined,
  lineOf: () => 1,
  unreadable: true,
});

/** Checks files held in memory, as text: what the loader would read from disk. */
export function checkSources(sources: readonly SourceFile[], options: CheckOptions = {}): Problem[] {
  const parsed = sources.map((src) => ({ src, out: parseSource(src) }));
  const files = parsed.map(({ src, out }) => ('collection' in out ? out : unreadableFile(src)));
  const unreadable = parsed.flatMap(({ out }) => ('collection' in out ? [] : [out]));
  return [...unreadable, ...checkContent(files, options)].sort(compareProblems);
}

/** Loads and checks the content folder (CONTENT_DIR or `content/` under `root`). */
export function runContentCheck(
  root?: string,
  dir?: string,
  options: CheckOptions = {},
): { problems: Problem[]; report: string; fileCount: number } {
  const sources = readSources(root, dir);
  const problems = checkSources(sources, options);
  return { problems, report: formatReport(problems, sources.length), fileCount: sources.length };
}
