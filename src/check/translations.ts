/**
 * Issue #16: the translation files the check has read, each with what its name says
 * (src/lib/translations/names.ts): the entry it translates, found among the files, and
 * the language code as written. The rules of ./rules/translations.ts and
 * ./rules/translation-citations.ts read them.
 */
import { agreementFields, eventFields, visitFields } from '../schemas/entry';
import { plainRef } from '../schemas/fields';
import { translationSchema } from '../schemas/translation';
import { translationOf } from '../lib/translations/names';
import { idsByCollection } from './ids';
import type { CheckedFile } from './types';

export interface TranslationFile {
  file: CheckedFile;
  /** The id of the entry the file name points at. */
  originalId: string;
  /** The language code the file name gives (ru, kk, az; or a mistake). */
  lang: string;
  /** The entry of that id, if there is one. */
  original: CheckedFile | undefined;
}

export function translationFiles(files: readonly CheckedFile[]): TranslationFile[] {
  const entries = idsByCollection(files).get('entries') ?? new Map<string, CheckedFile>();
  return files.flatMap((file) => {
    if (file.collection !== 'translations') return [];
    const named = translationOf(file.id);
    if (!named) return [];
    return [{ file, originalId: named.original, lang: named.lang, original: entries.get(named.original) }];
  });
}

const TRANSLATED = new Set(Object.keys(translationSchema.shape));

/** The fields of an entry, of any kind, that a translation does not carry: the facts. */
export const ENTRY_ONLY_FIELDS: ReadonlySet<string> = new Set(
  [visitFields, agreementFields, eventFields]
    .flatMap((kind) => Object.keys(kind(plainRef).shape))
    .filter((k) => !TRANSLATED.has(k)),
);

export const isDraft = (f: CheckedFile | undefined): boolean =>
  (f?.data as { draft?: unknown } | undefined)?.draft === true;
