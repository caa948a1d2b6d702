/**
 * The shapes the content check passes along: a file as read (text), a file as parsed
 * (data with lines, a body tree), and a problem. Rules take parsed files and return problems.
 */
import type { Root } from 'mdast';
import type { CollectionName } from '../collections';

export type FieldPath = ReadonlyArray<string | number>;

/** A content file before parsing: what the loader read, or what a test or `npm run new` holds in memory. */
export interface SourceFile {
  collection: CollectionName;
  /** Path shown to the contributor, relative to the project root. */
  file: string;
  /** The whole file as written. */
  text: string;
}

export interface ContentFile {
  collection: CollectionName;
  /** The id the site uses: the file name without extension. */
  id: string;
  /** Path shown to the contributor, relative to the project root. */
  file: string;
  /** Parsed frontmatter (entries) or YAML document (everything else); dates stay text. */
  data: unknown;
  /** Line in the file where the value at `path` is written (1-based); nearest parent if absent. */
  lineOf: (path: FieldPath) => number;
  /** Entries: the Markdown after the frontmatter, and the file line it starts on. */
  body?: { text: string; line: number };
  /**
   * The file could not be read as content (its problem is reported already). It stays
   * in the list so that its id still exists: links and references to it are not
   * reported as broken because of a mistake elsewhere.
   */
  unreadable?: true;
}

/** An entry body as the MDX parser reads it, or where it could not. */
export type ParsedBody =
  { tree: Root; error?: undefined } | { tree?: undefined; error: { line: number; column: number; message: string } };

/** A file ready for the rules: its body parsed once, for every rule that reads it. */
export interface CheckedFile extends ContentFile {
  parsedBody?: ParsedBody;
}

export interface CheckOptions {
  /**
   * The day "past" is measured from: the record's as-of day (src/io/as-of.ts) when the
   * folder is checked, now otherwise. A planned item that ended before it needs an outcome.
   */
  today?: Date | undefined;
  /** The archived sources to verify figures and quotations against (default: ../shared/seeds or SOURCES_ARCHIVE). */
  archiveDir?: string | undefined;
  /** The day (YYYY-MM-DD) each entry was first added, by id, where the history knows it. */
  addedOn?: ReadonlyMap<string, string> | undefined;
  /** How a body is parsed: the MDX parser (mdx/parse-body.ts) unless a build passes its cached one (src/io/parse-cache.ts). */
  parseBody?: ((text: string, isMdx: boolean) => ParsedBody) | undefined;
  /** Given the files as soon as they are read, before they are checked (a build starts work on them: src/io/citations-ahead.ts). */
  onRead?: ((files: readonly ContentFile[]) => void) | undefined;
}

export interface Problem {
  file: string;
  line: number;
  /** Column (1-based), where the problem sits at a point inside a line (an entry's body). */
  column?: number;
  /** Dotted path of the field, e.g. `figures[0].source`; `(file)` for the file as a whole. */
  field: string;
  /** What is wrong — how to fix it. */
  message: string;
}

/** What every rule is given besides the files. */
export interface RuleContext {
  /** The day "past" is measured from (the as-of day), as YYYY-MM-DD. */
  today: string;
  /** Files whose data matched their schema, with the schema's output (defaults filled in). */
  valid: ReadonlyMap<CheckedFile, Record<string, unknown>>;
  /** The day (YYYY-MM-DD) each entry was first added, by id, where the history knows it. */
  addedOn?: ReadonlyMap<string, string> | undefined;
}

export type Rule = (files: readonly CheckedFile[], context: RuleContext) => Problem[];
