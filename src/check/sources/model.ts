/** What source verification reads and reports, and small readers of parsed values. */

export type FieldPath = ReadonlyArray<string | number>;

/** One content file, parsed (the shape of `ContentFile` in src/check/types.ts). */
export interface VerifyFile {
  collection: string;
  id: string;
  /** Path shown to the contributor, relative to the project root. */
  file: string;
  data: unknown;
  /** Entries: the Markdown after the frontmatter, and the file line it starts on. */
  body?: { text: string; line: number } | undefined;
  /** Line of the value at a field path; line 1 when absent. */
  lineOf?: (path: FieldPath) => number;
}

export interface VerifyInput {
  /** Every content file (entries, series, routes and sources are read; quotations in the rest too). */
  files: readonly VerifyFile[];
  /** Folder holding the archived copies named by each source's `archive` field. */
  archiveDir: string;
  /** When true (CI), a missing archive folder is a problem rather than a notice. */
  requireArchive?: boolean;
}

export interface SourceProblem {
  file: string;
  line: number;
  field: string;
  message: string;
  fix: string;
}

export interface VerifyResult {
  problems: SourceProblem[];
  /** Things the reader should know that are not errors (e.g. no archive folder here). */
  notices: string[];
}

export const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
export const refId = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof asRecord(v).id === 'string' ? (asRecord(v).id as string) : undefined;
export const fieldName = (p: FieldPath): string =>
  p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '') || '(file)';
export const line = (f: VerifyFile, p: FieldPath): number => f.lineOf?.(p) ?? 1;
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Every string in a parsed value with its path (skipping ids and references). */
export function* stringsIn(value: unknown, p: FieldPath = []): Generator<{ path: FieldPath; text: string }> {
  if (typeof value === 'string') yield { path: p, text: value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsIn(v, [...p, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* stringsIn(v, [...p, k]);
}
