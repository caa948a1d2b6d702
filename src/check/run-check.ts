/** Loads and checks the content folder; shared by `npm run check`, `npm run new` and the build guard. */
import { checkContent, formatReport, type CheckOptions, type Problem } from '../lib/content-check';
import { loadContent } from './load-content';

export function runContentCheck(
  root?: string,
  dir?: string,
  options: CheckOptions = {},
): { problems: Problem[]; report: string; fileCount: number } {
  const { files, problems: unreadable } = loadContent(root, dir);
  const problems = [...unreadable, ...checkContent(files, options)].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line,
  );
  const fileCount = files.length + unreadable.length;
  return { problems, report: formatReport(problems, fileCount), fileCount };
}
