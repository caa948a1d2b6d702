/**
 * Runs the content check: parse → schemas → rules → one sorted list of problems. Pure
 * apart from {@link runContentCheck}, which reads the folder through the loader, takes
 * the record's as-of day and verifies figures and quotations against the archive.
 * The build guard, the dev server, `npm run check`, `npm run new` and the tests all come here.
 */
import { isoDay } from '../primitives/dates';
import { asOfDay } from '../io/as-of';
import { contentDir } from '../io/content-dir';
import { entriesLog } from '../io/git';
import { firstAdded, LOG_FORMAT, parseLog } from '../lib/changes/log';
import { readSources } from './load-content';
import { defaultArchiveDir } from './sources/archive';
import { verifySources } from './sources/verify';
import { parseBody } from './mdx/parse-body';
import { compareProblems, formatReport } from './report';
import { CONTENT_RULES, FILE_RULES } from './rules/index';
import { checkSchemas } from './rules/schema';
import { idOf, parseSource } from './source';
import type { CheckedFile, CheckOptions, ContentFile, Problem, SourceFile } from './types';

/** Adds the parsed body to an entry, once, for every rule that reads it. */
const withParsedBody = (f: ContentFile, parse = parseBody): CheckedFile =>
  f.body ? { ...f, parsedBody: parse(f.body.text, !f.file.endsWith('.md')) } : f;

const fieldKey = (p: Problem) => `${p.file}\u0000${p.field}`;

/** The schema's problems on fields a file rule has not already reported (an impossible date is said once). */
function notYetReported(schema: readonly Problem[], early: readonly Problem[]): Problem[] {
  const reported = new Set(early.map(fieldKey));
  return schema.filter((p) => !reported.has(fieldKey(p)));
}

/** Checks parsed files (from the loader, or built in memory) and returns their problems. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): Problem[] {
  const checked = files.map((f) => withParsedBody(f, options.parseBody));
  const context = { today: isoDay(options.today ?? new Date()), valid: new Map(), addedOn: options.addedOn };
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

/** Parses files held as text; those that cannot be parsed are kept so that their id exists. */
function parseAll(sources: readonly SourceFile[]): { files: ContentFile[]; unreadable: Problem[] } {
  const parsed = sources.map((src) => ({ src, out: parseSource(src) }));
  return {
    files: parsed.map(({ src, out }) => ('collection' in out ? out : unreadableFile(src))),
    unreadable: parsed.flatMap(({ out }) => ('collection' in out ? [] : [out])),
  };
}

/** Checks files held in memory, as text: what the loader would read from disk. */
export function checkSources(sources: readonly SourceFile[], options: CheckOptions = {}): Problem[] {
  const { files, unreadable } = parseAll(sources);
  return [...unreadable, ...checkContent(files, options)].sort(compareProblems);
}

/** Every figure and quotation against the archived articles, where the archive is present. */
function verifyAgainstArchive(files: readonly ContentFile[], root: string, options: CheckOptions) {
  const readable = files.filter((f) => !f.unreadable);
  // CI must not skip it; a fixture folder whose sources name no archive stays lenient.
  const archived = readable.some(
    (f) => f.collection === 'sources' && typeof (f.data as { archive?: unknown } | undefined)?.archive === 'string',
  );
  if (!archived) return { problems: [], notices: [] };
  const result = verifySources({
    files: readable,
    archiveDir: options.archiveDir ?? defaultArchiveDir(root),
    requireArchive: process.env.CI === 'true' && archived,
  });
  const problems = result.problems.map(({ fix, ...p }): Problem => ({ ...p, message: `${p.message} — ${fix}` }));
  return { problems, notices: result.notices };
}

/**
 * Loads and checks the content folder (CONTENT_DIR or `content/` under `root`): the
 * rules, measured from the record's as-of day, and the sources' archived text.
 */
export function runContentCheck(
  root: string = process.cwd(),
  dir?: string,
  options: CheckOptions = {},
): { problems: Problem[]; notices: string[]; report: string; fileCount: number } {
  const sources = readSources(root, dir);
  const { files, unreadable } = parseAll(sources);
  options.onRead?.(files);
  const today = options.today ?? new Date(`${asOfDay()}T00:00:00Z`);
  const addedOn = options.addedOn ?? firstAdded(parseLog(entriesLog(LOG_FORMAT, dir ?? contentDir(root)).output));
  const verified = verifyAgainstArchive(files, root, options);
  const problems = [...unreadable, ...checkContent(files, { ...options, today, addedOn }), ...verified.problems].sort(
    compareProblems,
  );
  return {
    problems,
    notices: verified.notices,
    report: formatReport(problems, sources.length),
    fileCount: sources.length,
  };
}
