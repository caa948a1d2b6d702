/**
 * Each file against its collection's schema (src/schemas/, the very schemas Astro uses,
 * with plain references). Zod's own wording is replaced where it would not help a
 * contributor. The files that pass, with the schema's output, are what the other rules read.
 */
import type { z } from 'astro/zod';
import { PLAIN_SCHEMAS } from '../../schemas/plain';
import { fieldName, problemAt } from '../problem';
import { closestIds } from '../suggest';
import { ENTRY_ONLY_FIELDS } from '../translations';
import type { CheckedFile, FieldPath, Problem } from '../types';

function unknownKeys(path: FieldPath, keys: readonly string[]) {
  return {
    path: [...path, keys[0]!],
    message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')} — remove it or correct the spelling (see src/schemas/ for the fields of this kind)`,
  };
}

const valueAt = (data: unknown, path: FieldPath): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);

function wrongType(path: FieldPath, expected: string, data: unknown) {
  const input = valueAt(data, path);
  if (input !== undefined)
    return { path, message: `expected ${expected}, got ${JSON.stringify(input)} — write a ${expected}` };
  const name = String(path[path.length - 1] ?? fieldName(path));
  const example = expected === 'array' ? '[first-id, second-id]' : '...';
  return { path, message: `${name} is missing — add a line such as \`${name}: ${example}\`` };
}

export function describeIssue(issue: z.core.$ZodIssue, data: unknown): { path: FieldPath; message: string } {
  const path = issue.path as FieldPath;
  if (issue.code === 'unrecognized_keys') return unknownKeys(path, issue.keys);
  if (issue.code === 'invalid_union' && path.length && valueAt(data, path) === undefined) {
    // A missing discriminator (kind): the schema's message would say `kind undefined is unknown`.
    const fix = issue.message.split(' — ').slice(1).join(' — ') || 'add it';
    return { path, message: `${String(path[path.length - 1])} is missing — ${fix}` };
  }
  if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message)) {
    // The schema's own message. Those that cannot know the field's name (a reference) start "missing — ".
    const named = issue.message.startsWith('missing — ')
      ? `${String(path[path.length - 1])} is ${issue.message}`
      : issue.message;
    return { path, message: named };
  }
  if (issue.code === 'invalid_type') return wrongType(path, issue.expected, data);
  const numeric = 'origin' in issue && (issue.origin === 'number' || issue.origin === 'int');
  if (issue.code === 'too_small')
    return { path, message: `${issue.message} — ${numeric ? 'correct the value' : 'add more'}` };
  if (issue.code === 'too_big')
    return { path, message: `${issue.message} — ${numeric ? 'correct the value' : 'shorten it'}` };
  if (issue.code === 'invalid_value')
    return { path, message: `must be one of: ${issue.values.map((v) => String(v)).join(', ')}` };
  return { path, message: issue.message };
}

/** A required field reported missing: its name, when the issue is that. */
const missingName = (issue: z.core.$ZodIssue, data: unknown): string | undefined => {
  if (issue.code !== 'invalid_type' || issue.path.length === 0) return undefined;
  const input = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], data);
  return input === undefined ? String(issue.path[issue.path.length - 1]) : undefined;
};

/**
 * A misspelt field is one mistake, not two: `sumary` is reported as a misspelling of
 * `summary`, and `summary` is not reported missing as well.
 */
function typoProblems(
  file: CheckedFile,
  issues: z.core.$ZodIssue[],
): { problems: Problem[]; handled: Set<z.core.$ZodIssue> } {
  const missing = new Map(
    issues.flatMap((i) => {
      const n = missingName(i, file.data);
      return n ? [[`${i.path.slice(0, -1).join('.')}\u0000${n}`, i] as const] : [];
    }),
  );
  const handled = new Set<z.core.$ZodIssue>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || issue.keys.length !== 1) continue;
    const parent = issue.path.join('.');
    const names = [...missing.keys()].filter((k) => k.startsWith(`${parent}\u0000`)).map((k) => k.split('\u0000')[1]!);
    const [near] = closestIds(issue.keys[0]!, names);
    if (!near) continue;
    handled.add(issue).add(missing.get(`${parent}\u0000${near}`)!);
    problems.push(
      problemAt(
        file,
        [...(issue.path as FieldPath), issue.keys[0]!],
        `unknown field "${issue.keys[0]}" — did you mean "${near}"? Correct the spelling`,
      ),
    );
  }
  return { problems, handled };
}

/**
 * An entry's own field written in a translation (a date, figures) is reported by
 * ./translations.ts, which names the original it comes from: not here as well.
 */
function withoutEntryFields(file: CheckedFile, issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  if (file.collection !== 'translations') return issues;
  return issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys' || issue.path.length) return [issue];
    const keys = issue.keys.filter((k) => !ENTRY_ONLY_FIELDS.has(k));
    return keys.length ? [{ ...issue, keys }] : [];
  });
}

export function checkSchemas(files: readonly CheckedFile[]): {
  valid: Map<CheckedFile, Record<string, unknown>>;
  problems: Problem[];
} {
  const valid = new Map<CheckedFile, Record<string, unknown>>();
  const problems: Problem[] = [];
  for (const f of files) {
    if (f.unreadable) continue;
    const result = PLAIN_SCHEMAS[f.collection].safeParse(f.data ?? {});
    if (result.success) valid.set(f, result.data as Record<string, unknown>);
    else {
      const issues = withoutEntryFields(f, result.error.issues);
      const typos = typoProblems(f, issues);
      problems.push(...typos.problems);
      for (const issue of issues) {
        if (typos.handled.has(issue)) continue;
        const { path, message } = describeIssue(issue, f.data);
        problems.push(problemAt(f, path, message));
      }
    }
  }
  return { valid, problems };
}
