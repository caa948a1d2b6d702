/**
 * Test content made through the real schemas: an entry, entity or source is written as a
 * contributor would write it (ids, dates as text) and parsed by the schema the site uses.
 */
import type { z } from 'astro/zod';
import { PLAIN_SCHEMAS, SCHEMAS } from '../../src/schemas/plain';
import type { CollectionName } from '../../src/collections';
import type { EntryData, Item } from '../../src/schemas/types';

type Input<C extends CollectionName> = z.input<ReturnType<(typeof SCHEMAS)[C]>>;
type Output<C extends CollectionName> = z.output<ReturnType<(typeof SCHEMAS)[C]>>;

/** Parses `data` with the collection's schema; a test fixture that the schema refuses fails loudly. */
export function make<C extends CollectionName>(collection: C, id: string, data: Input<C>): Item<Output<C>> {
  const parsed = PLAIN_SCHEMAS[collection].safeParse(data);
  if (!parsed.success) throw new Error(`fixture ${collection}/${id} is invalid: ${parsed.error.message}`);
  return { id, data: parsed.data as Output<C> };
}

type EntryInput = Partial<Input<'entries'>> & { kind?: EntryData['kind'] };

const KIND_DEFAULTS = {
  visit: { visitors: ['ilham-aliyev'], from: 'AZ', to: 'KZ', level: 'state' },
  agreement: { agreementType: 'memorandum', stage: 'signed' },
  event: {},
} as const;

/** An entry of any kind, with the fields a test does not care about filled in. */
export function entry(id: string, fields: EntryInput = {}): Item<EntryData> {
  const kind = fields.kind ?? 'event';
  const defaults = Object.fromEntries(Object.entries(KIND_DEFAULTS[kind]).filter(([, v]) => v !== undefined));
  return make('entries', id, {
    title: `Entry ${id}`,
    date: '2025',
    summary: `Summary of ${id}.`,
    topics: ['energy'],
    sources: ['article-a'],
    ...defaults,
    ...fields,
    kind,
  } as Input<'entries'>);
}
