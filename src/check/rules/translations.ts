/**
 * Issue #16: a translation is `<entry id>.<lang>.mdx` beside the published entry it
 * translates, in one of the site's other languages, and holds words only (title,
 * summary, text): every fact comes from the original. Its citations are
 * ./translation-citations.ts's; its body's safety is ./mdx-safety.ts's, as for an entry.
 */
import path from 'node:path';
import { isTranslationLanguage, TRANSLATION_LANGUAGES } from '../../lib/translations/names';
import { problemAt } from '../problem';
import { closestIds, didYouMean } from '../suggest';
import { ENTRY_ONLY_FIELDS, isDraft, translationFiles, type TranslationFile } from '../translations';
import type { CheckedFile, Problem, Rule } from '../types';

const LANGUAGES = TRANSLATION_LANGUAGES.join(', ');

/** What the original gives instead of a field, in the words of the message. */
const TAKES: Record<string, string> = {
  date: 'dates',
  dateNote: 'dates',
  figures: 'figures',
  sources: 'sources',
  corrections: 'corrections',
  draft: 'whether it is published',
};

/** `2023/x.ru.mdx` beside `2023/x.mdx`: where a translation of `original` into `lang` belongs. */
const besideOriginal = (original: CheckedFile, lang: string, own: string) =>
  path.posix.join(path.dirname(original.file).split(path.sep).join('/'), `${original.id}.${lang}${path.extname(own)}`);

/** A problem with the file's name: on its first line. */
const named = (file: CheckedFile, message: string): Problem => ({ file: file.file, line: 1, field: '(file)', message });

function nameProblem({ file, originalId, lang, original }: TranslationFile, entryIds: string[]): Problem | undefined {
  if (!isTranslationLanguage(lang)) {
    // Two-letter codes are all close to each other: only `rus` → `ru` is worth suggesting.
    const near = TRANSLATION_LANGUAGES.filter((l) => lang.startsWith(l));
    return named(
      file,
      `unknown language "${lang}" in the file name — ${didYouMean(near)}name a translation <entry id>.<language>.mdx, the language one of ${LANGUAGES} (English is the original)`,
    );
  }
  if (!original) {
    const near = closestIds(originalId, entryIds);
    return named(
      file,
      `no entry has the id "${originalId}" — ${didYouMean(near)}a translation is named after the entry it translates (<entry id>.${lang}.mdx) and sits beside it`,
    );
  }
  if (path.dirname(original.file) !== path.dirname(file.file))
    return named(
      file,
      `the entry it translates is ${original.file} — move the translation beside it, to ${besideOriginal(original, lang, file.file)}`,
    );
  if (isDraft(original))
    return named(
      file,
      `${original.file} is a draft, which the site does not publish — translate it once it is published (remove draft: true from it), or remove this file for now`,
    );
  return undefined;
}

/** The entry's own fields written in a translation: each is a fact the original gives. */
function factProblems({ file, original }: TranslationFile): Problem[] {
  const data = file.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const from = original ? `the original entry ${original.file}` : 'the original entry';
  return Object.keys(data)
    .filter((key) => ENTRY_ONLY_FIELDS.has(key))
    .map((key) =>
      problemAt(
        file,
        [key],
        `remove \`${key}\`: a translation takes ${TAKES[key] ?? `its ${key}`} from ${from} — it holds only title, summary (and translator) above the translated text, so it can never disagree with the original on a fact`,
      ),
    );
}

/** A translation with nothing below its frontmatter. */
function emptyBody({ file, original }: TranslationFile): Problem | undefined {
  if (!file.body || file.body.text.trim() !== '') return undefined;
  const lines = file.body.text.split(/\r\n|\r|\n/);
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return {
    file: file.file,
    line: file.body.line - 1 + lines.length,
    field: '(body)',
    message: `the translation has no text — below the frontmatter, translate the text of ${original?.file ?? 'the original entry'}`,
  };
}

export const translations: Rule = (files) => {
  const all = translationFiles(files).filter((t) => !t.file.unreadable);
  const entryIds = files.filter((f) => f.collection === 'entries').map((f) => f.id);
  return all.flatMap((t) => [nameProblem(t, entryIds) ?? [], ...factProblems(t), emptyBody(t) ?? []].flat());
};
