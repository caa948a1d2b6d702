/**
 * Each file against its collection's schema (src/schemas/, the very schemas Astro uses,
 * with plain references). Zod's own wording is replaced where it would not help a
 * contributor. The files that pass, with the schema's output, are what the other rules read.
 */
import type { z } from 'astro/zod';
import { PLAIN_SCHEMAS } from '../../schemas/plain';
import { fieldName, problemAt } from '../problem';
import type { CheckedFile, FieldPath, Problem } from '../types';

function unknownKeys(path: FieldPath, keys: readonly string[]) {
  return {
    path: [...path, keys[0]!],
    message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')} — remove it or correct the spelling (see src/schemas/ for the fields of this kind)`,
  };
}

function wrongType(path: FieldPath, expected: string, data: unknown) {
  const input = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);
  if (input !== undefined)
    return { path, message: `expected ${expected}, got ${JSON.stringify(input)} — write a ${expected}` };
  const name = String(path[path.length - 1] ?? fieldName(path));
  const example = expected === 'array' ? '[first-id, second-id]' : '...';
  return { path, message: `${name} is missing — add a line such as \`${name}: ${example}\`` };
}

export function describeIssue(issue: z.core.$ZodIssue, data: unknown): { path: FieldPath; message: string } {
  const path = issue.path as FieldPath;
  if (issue.code === 'unrecognized_keys') return unknownKeys(path, issue.keys);
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

export function checkSchemas(files: readonly CheckedFile[]): {
  valid: Map<CheckedFile, Record<string, unknown>>;
  problems: Problem[];
} {
  const valid = new Map<CheckedFile, Record<string, unknown>>();
  const problems: Problem[] = [];
  for (const f of files) {
    const result = PLAIN_SCHEMAS[f.collection].safeParse(f.data ?? {});
    if (result.success) valid.set(f, result.data as Record<string, unknown>);
    else
      for (const issue of result.error.issues) {
        const { path, message } = describeIssue(issue, f.data);
        problems.push(problemAt(f, path, message));
      }
  }
  return { valid, problems };
}
