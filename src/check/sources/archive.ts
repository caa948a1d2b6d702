/**
 * The archived articles the record rests on: where they are, and each source's text, read
 * from the file its `archive` field names.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { asRecord, line, type SourceProblem, type VerifyFile } from './model';

export interface SourceInfo {
  id: string;
  title: string;
  archive?: string | undefined;
  text?: string | undefined;
}

/** The archive folder: $SOURCES_ARCHIVE, or `../shared/seeds` relative to the project root. */
export function defaultArchiveDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return env.SOURCES_ARCHIVE ? path.resolve(root, env.SOURCES_ARCHIVE) : path.resolve(root, '..', 'shared', 'seeds');
}

export const archivePresent = (dir: string): boolean => existsSync(dir) && statSync(dir).isDirectory();

/** Each source with its archived text, and what is wrong with the archive fields. */
export function readArchive(files: readonly VerifyFile[], dir: string) {
  const problems: SourceProblem[] = [];
  const notices: string[] = [];
  const sources = new Map<string, SourceInfo>();
  for (const f of files.filter((f) => f.collection === 'sources')) {
    const d = asRecord(f.data);
    const info: SourceInfo = { id: f.id, title: String(d.title ?? ''), archive: d.archive as string | undefined };
    if (typeof d.archive !== 'string' || !d.archive) {
      notices.push(`${f.file}: no archive field, so figures and quotations citing "${f.id}" are not verified`);
    } else if (existsSync(path.join(dir, d.archive))) {
      info.text = readFileSync(path.join(dir, d.archive), 'utf8');
    } else {
      problems.push({
        file: f.file,
        line: line(f, ['archive']),
        field: 'archive',
        message: `archive file ${d.archive} is not in ${dir}`,
        fix: 'correct the file name, or add the archived copy to the archive folder',
      });
    }
    sources.set(f.id, info);
  }
  return { sources, problems, notices };
}
