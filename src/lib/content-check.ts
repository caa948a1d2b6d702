/**
 * Checks the whole content folder as data: every file against its schema, then what no
 * single schema can see (references that resolve, duplicate ids, duplicate date+title,
 * a file name that agrees with the date, planned items whose date has passed without a
 * note, links in entry bodies to entries that do not exist). Pure: it gets parsed files
 * and the day to compare dates with, and returns problems. The build guard, the dev
 * server, `npm run check`, `npm run new` and the tests all call this one function.
 */
import type { z } from 'astro/zod';
import { PLAIN_SCHEMAS } from '../schemas/plain';
import { perCollection, type CollectionName } from '../collections';
import { isoDay, parseDateSpec } from '../primitives/dates';
import { linksIn, linkedEntryId } from './body-links';

export type FieldPath = ReadonlyArray<string | number>;

export interface ContentFile {
  collection: CollectionName;
  /** The id the site uses: the file name without extension. */
  id: string;
  /** Path shown to the contributor, relative to the project root. */
  file: string;
  /** Parsed frontmatter (entries) or YAML document (everything else). */
  data: unknown;
  /** Line in the file where the value at `path` is written (1-based); nearest parent if absent. */
  lineOf: (path: FieldPath) => number;
  /** Entries: the Markdown after the frontmatter, and the file line it starts on. */
  body?: { text: string; line: number };
}

export interface CheckOptions {
  /** The day "past" is measured from (default: now). Planned items that ended before it need a dateNote. */
  today?: Date;
}

export interface Problem {
  file: string;
  line: number;
  /** Dotted path of the field, e.g. `figures[0].source`; `(file)` for the file as a whole. */
  field: string;
  /** What is wrong — how to fix it. */
  message: string;
}

/** Where a contributor adds an item of each collection. */
const HOME = perCollection((_, d) =>
  d.format === 'mdx' ? `content/${d.dir}/<year>/<id>.mdx` : `content/${d.dir}/<id>.yaml`,
);

export const fieldName = (path: FieldPath): string =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '') ||
  '(file)';

/** Zod's own wording is replaced where it would not help a contributor. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): { path: FieldPath; message: string } {
  const path = issue.path as FieldPath;
  const field = fieldName(path);
  const isDefault = /^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    return {
      path: [...path, keys[0]!],
      message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')} — remove it or correct the spelling (see src/schemas/ for the fields of this kind)`,
    };
  }
  if (!isDefault) {
    // Messages that cannot know the field's name (a reference) start "missing — ".
    const named = issue.message.startsWith('missing — ')
      ? `${String(path[path.length - 1])} is ${issue.message}`
      : issue.message;
    return { path, message: named };
  }
  if (issue.code === 'invalid_type') {
    const input = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);
    if (input === undefined) {
      const name = String(path[path.length - 1] ?? field);
      const example = issue.expected === 'array' ? '[first-id, second-id]' : '...';
      return { path, message: `${name} is missing — add a line such as \`${name}: ${example}\`` };
    }
    return { path, message: `expected ${issue.expected}, got ${JSON.stringify(input)} — write a ${issue.expected}` };
  }
  const numeric = 'origin' in issue && (issue.origin === 'number' || issue.origin === 'int');
  if (issue.code === 'too_small')
    return { path, message: `${issue.message} — ${numeric ? 'correct the value' : 'add more'}` };
  if (issue.code === 'too_big')
    return { path, message: `${issue.message} — ${numeric ? 'correct the value' : 'shorten it'}` };
  if (issue.code === 'invalid_value') {
    return { path, message: `must be one of: ${issue.values.map((v) => String(v)).join(', ')}` };
  }
  return { path, message: issue.message };
}

/** Every `{ collection, id }` reference in a parsed value, with where it sits. */
function* referencesIn(
  value: unknown,
  path: FieldPath = [],
): Generator<{ path: FieldPath; collection: string; id: string }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* referencesIn(v, [...path, i]);
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 2 && typeof obj.collection === 'string' && typeof obj.id === 'string') {
      yield { path, collection: obj.collection, id: obj.id };
      return;
    }
    for (const k of keys) yield* referencesIn(obj[k], [...path, k]);
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Up to three known ids that look like the unknown one. */
export function closestIds(unknown: string, known: Iterable<string>): string[] {
  return [...known]
    .map((id) => ({ id, d: id.includes(unknown) || unknown.includes(id) ? 0 : editDistance(unknown, id) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(unknown.length / 4)))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map(({ id }) => id);
}

/** The date written at the start of an entry's file name (`2023-03-first-oil` → `2023-03`). */
export function fileNameDate(id: string): string | undefined {
  return /^(\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?)(?=-|$)/.exec(id)?.[1];
}

/**
 * House style the schemas do not express (a headline has no full stop; a summary is a
 * sentence). `npm run new` asks with the same rules, so its answers pass this check.
 */
export function styleError(field: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (field === 'title' && /\.\s*$/.test(value))
    return 'the title ends with a full stop — a headline has none: remove it';
  if (field === 'summary' && !/[.!?]["”’)]?\s*$/.test(value))
    return 'the summary does not end with a full stop — write it as one sentence ending in "."';
  return undefined;
}

export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): Problem[] {
  const today = isoDay(options.today ?? new Date());
  const problems: Problem[] = [];
  const at = (f: ContentFile, path: FieldPath, message: string) =>
    problems.push({ file: f.file, line: f.lineOf(path), field: fieldName(path), message });

  // 1. Each file against its schema.
  const valid: { file: ContentFile; value: Record<string, unknown> }[] = [];
  for (const f of files) {
    const result = PLAIN_SCHEMAS[f.collection].safeParse(f.data ?? {});
    if (result.success) valid.push({ file: f, value: result.data as Record<string, unknown> });
    else
      for (const issue of result.error.issues) {
        const { path, message } = describeIssue(issue, f.data);
        at(f, path, message);
      }
  }

  // 2. Ids are unique within a collection (entries share one id space across year folders).
  const ids = new Map<CollectionName, Map<string, ContentFile>>();
  for (const f of files) {
    const seen = ids.get(f.collection) ?? new Map<string, ContentFile>();
    ids.set(f.collection, seen);
    const first = seen.get(f.id);
    if (first) at(f, [], `duplicate id "${f.id}": ${first.file} has the same file name — rename one of them`);
    else seen.set(f.id, f);
  }

  // 3. Every reference resolves.
  for (const { file, value } of valid) {
    for (const ref of referencesIn(value)) {
      const known = ids.get(ref.collection as CollectionName) ?? new Map<string, ContentFile>();
      if (known.has(ref.id)) continue;
      const near = closestIds(ref.id, known.keys());
      const hint = near.length ? `did you mean ${near.map((id) => `"${id}"`).join(' or ')}? Otherwise ` : '';
      at(
        file,
        ref.path,
        `unknown ${ref.collection} id "${ref.id}" — ${hint}add ${HOME[ref.collection as CollectionName].replace('<id>', ref.id)}`,
      );
    }
  }

  // 4. Entries: the file name starts with the date, and no two share date and title.
  const byDateTitle = new Map<string, ContentFile>();
  for (const { file, value } of valid) {
    if (file.collection !== 'entries') continue;
    const date = parseDateSpec(value.date);
    const prefix = fileNameDate(file.id);
    if (prefix !== date.from.text) {
      at(
        file,
        ['date'],
        prefix
          ? `the file name starts with ${prefix} but the date is ${date.text} — rename the file to ${date.from.text}-<slug>.mdx or correct the date`
          : `the file name does not start with the date — rename it to ${date.from.text}-<slug>.mdx`,
      );
    }
    for (const field of ['title', 'summary']) {
      const style = styleError(field, value[field]);
      if (style) at(file, [field], style);
    }
    const key = `${date.text}\u0000${String(value.title).trim().toLowerCase()}`;
    const twin = byDateTitle.get(key);
    if (twin)
      at(
        file,
        ['title'],
        `same date and title as ${twin.file} — merge the two entries or tell them apart in the title`,
      );
    else byDateTitle.set(key, file);

    // 5. A planned item whose date is over says what became of it.
    if (value.status === 'planned' && !value.dateNote && isoDay(date.end) < today) {
      at(
        file,
        ['status'],
        `planned for ${date.text}, which has passed (today is ${today}) — if it happened, set status: happened; otherwise add a dateNote saying what the sources report (or that they do not say whether it happened)`,
      );
    }
  }

  // 6. Links in entry bodies point at entries that are published (checked whatever
  // the frontmatter's state: the body does not depend on it).
  const entries = ids.get('entries') ?? new Map<string, ContentFile>();
  const isDraft = (f: ContentFile) => (f.data as { draft?: unknown } | undefined)?.draft === true;
  const drafts = new Set(files.filter((f) => f.collection === 'entries' && isDraft(f)).map((f) => f.id));
  for (const file of files) {
    if (file.collection !== 'entries' || !file.body) continue;
    for (const link of linksIn(file.body.text)) {
      const id = linkedEntryId(link.target, file.id);
      if (id === undefined) continue;
      const line = file.body.line + link.line;
      const field = `(body) link to ${link.target}`;
      if (!entries.has(id)) {
        const near = closestIds(id, entries.keys());
        problems.push({
          file: file.file,
          line,
          field,
          message: `no entry has the id "${id}" — ${near.length ? `did you mean ${near.map((n) => `/entries/${n}/`).join(' or ')}? ` : ''}link to /entries/<id>/, where <id> is the file name of the entry without .mdx`,
        });
      } else if (drafts.has(id) && !isDraft(file)) {
        problems.push({
          file: file.file,
          line,
          field,
          message: `"${id}" is a draft, so the link would be broken on the built site — publish that entry (remove draft: true) or remove the link`,
        });
      } else if (/\.mdx?$/.test(link.target.split(/[?#]/)[0]!)) {
        problems.push({
          file: file.file,
          line,
          field,
          message: `a link to the file, which does not exist on the site — write /entries/${id}/ instead`,
        });
      }
    }
  }

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.field}: ${p.message}`;

export function formatReport(problems: readonly Problem[], fileCount: number): string {
  const lines = problems.map(formatProblem);
  const files = new Set(problems.map((p) => p.file)).size;
  lines.push(
    problems.length === 0
      ? `content check: ${fileCount} files, no problems`
      : `content check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} of ${fileCount} files`,
  );
  return lines.join('\n');
}
