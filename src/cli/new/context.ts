/**
 * What the steps of `npm run new` share: where the content is, what exists, the
 * answers so far and the new items made on the way, and the outside world (output,
 * exit, prompts), injected so that the steps run the same in a test as in a terminal.
 */
import type * as Clack from '@clack/prompts';
import type { LoadedContent } from '../../check/load-content';
import type { ContentFile } from '../../check/index';
import type { EntryAnswers, NewEntityCollection } from './entry-file';
import type { FlagValues } from './flags';
import type { KnownIndex } from './known';

/** The prompts the questions use (@clack/prompts in a terminal, a stand-in in tests). */
export type Prompts = Pick<
  typeof Clack,
  | 'intro'
  | 'outro'
  | 'note'
  | 'cancel'
  | 'isCancel'
  | 'text'
  | 'select'
  | 'autocomplete'
  | 'autocompleteMultiselect'
  | 'confirm'
>;

export interface Io {
  /** A line (or lines) for standard output. */
  out(text: string): void;
  /** A line (or lines) for standard error. */
  err(text: string): void;
  /** Ends the run with this exit code; never returns. */
  exit(code: number): never;
}

export interface ContextOptions {
  argv: readonly string[];
  /** Paths are shown relative to it. */
  root: string;
  /** The content folder (content/ or CONTENT_DIR). */
  dir: string;
  today: Date;
  /** Whether to ask questions (a terminal on both ends). */
  interactive: boolean;
  prompts: Prompts;
  io: Io;
}

/** A new person, place, organisation or source, made from a flag or a question. */
export interface Created {
  collection: NewEntityCollection;
  id: string;
  data: Record<string, unknown>;
}

/** A file about to be written, relative to the content folder. */
export interface NewFile {
  rel: string;
  text: string;
  collection: ContentFile['collection'];
  id: string;
}

export interface Context extends ContextOptions {
  flags: FlagValues;
  existing: LoadedContent;
  known: KnownIndex;
  answers: EntryAnswers;
  created: Created[];
  /** The file name after the date, from --slug or the question. */
  slug?: string;
  /** The entry's id and file, once the date is known to be good. */
  entry?: { id: string; rel: string };
  files: NewFile[];
  /** Prints the message and ends with exit code 1, nothing written. */
  fail(message: string): never;
}

export function createContext(options: ContextOptions): Context {
  return {
    ...options,
    flags: {},
    existing: { files: [], problems: [] },
    known: new Map(),
    answers: {},
    created: [],
    files: [],
    fail(message) {
      options.io.err(message);
      return options.io.exit(1);
    },
  };
}
