/** The entries that passed their schema, typed by the schema's output (never re-typed by hand). */
import type { z } from 'astro/zod';
import type { entrySchema } from '../../schemas/entry';
import type { CheckedFile, RuleContext } from '../types';

export type EntryData = z.output<ReturnType<typeof entrySchema>>;

export const validEntries = ({ valid }: RuleContext): [CheckedFile, EntryData][] =>
  [...valid].filter(([f]) => f.collection === 'entries') as [CheckedFile, EntryData][];
