/** How problems are printed: one line each, `file:line[:column]: field: what is wrong — fix`, then a count. */
import type { Problem } from './types';

export const compareProblems = (a: Problem, b: Problem): number =>
  a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);

export const formatProblem = (p: Problem): string =>
  `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}: ${p.field}: ${p.message}`;

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
