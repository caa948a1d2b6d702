/** Loads and checks the content folder; shared by `npm run check` and the build guard. */
import { checkContent, formatReport, type Problem } from '../lib/content-check';
import { loadContent } from './load-content';

export function runContentCheck(
  root?: string,
  dir?: string,
): { problems: Problem[]; report: string; fileCount: number } {
  const { files, problems: unreadable } = loadContent(root, dir);
  const problems = [...unreadable, ...checkContent(files)].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line,
  );
  const fileCount = files.length + unreadable.length;
  return { problems, report: formatReport(problems, fileCount), fileCount };
}
