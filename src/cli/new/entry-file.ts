/**
 * The pure part of `npm run new`: from a contributor's answers to the text of a new
 * entry file (and of any new person, place, organisation or source), with the file
 * name derived from the date. Answers are checked field by field through the real
 * schemas in src/schemas/, so the prompts and the content check say the same thing.
 */
import { Document, isMap, isScalar, isSeq, Scalar, YAMLSeq } from 'yaml';
import type { z } from 'astro/zod';
import { agreementFields, ENTRY_KINDS, eventFields, visitFields } from '../../schemas/entry';
import { organizationSchema, personSchema, placeSchema, sourceSchema } from '../../schemas/entities';
import { plainRef } from '../../schemas/fields';
import type { CollectionName } from '../../collections';
import { citationText } from '../../lib/sources/citation';
import type { SourceData } from '../../schemas/types';
import { styleError } from '../../check/rules/house-style';
import { parseDateSpec, yearOf } from '../../primitives/dates';

export type EntryKind = (typeof ENTRY_KINDS)[number];

const KIND_SCHEMAS = {
  visit: visitFields(plainRef),
  agreement: agreementFields(plainRef),
  event: eventFields(plainRef),
} as const;

/** What the contributor writes in the frontmatter of each kind (ids as text, dates as text). */
export type EntryFrontmatter = z.input<(typeof KIND_SCHEMAS)[EntryKind]>;
type VisitInput = z.input<(typeof KIND_SCHEMAS)['visit']>;
type AgreementInput = z.input<(typeof KIND_SCHEMAS)['agreement']>;
type EventInput = z.input<(typeof KIND_SCHEMAS)['event']>;

/** Fields that hold ids of other files (the schema types them loosely: Astro's reference() takes anything). */
type IdListField =
  | 'topics'
  | 'people'
  | 'organizations'
  | 'places'
  | 'sources'
  | 'related'
  | 'visitors'
  | 'hosts'
  | 'parties'
  | 'signatories';
type AllFields = Partial<Omit<VisitInput, 'kind'>> &
  Partial<Omit<AgreementInput, 'kind'>> &
  Partial<Omit<EventInput, 'kind'>>;

/** Answers to `npm run new`: every frontmatter field, all optional until checked; ids and dates as text. */
export type EntryAnswers = Omit<AllFields, IdListField | 'date' | 'duringVisit'> & {
  [K in IdListField]?: string[];
} & { kind?: EntryKind; date?: string; duringVisit?: string };

/** The data collections a contributor can add an item to from `npm run new`. */
export type NewEntityCollection = Extract<CollectionName, 'people' | 'places' | 'organizations' | 'sources'>;

export const ENTITY_SCHEMAS = {
  people: personSchema,
  places: placeSchema,
  organizations: organizationSchema,
  sources: sourceSchema,
} as const satisfies Record<NewEntityCollection, z.ZodType>;

export type EntityInput<C extends NewEntityCollection> = z.input<(typeof ENTITY_SCHEMAS)[C]>;

/** Letters that do not decompose into a Latin letter and a mark (Azerbaijani, Turkish, Kazakh Latin, German). */
const LATIN: Record<string, string> = { ə: 'e', ı: 'i', ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', đ: 'd', ħ: 'h' };

/**
 * A file-name slug: lower case ASCII words joined by hyphens, at most `max` characters,
 * cut at a word boundary ("Aliyev’s state visit to Astana" → "aliyevs-state-visit-to-astana").
 */
export function slugify(text: string, max = 60): string {
  const ascii = text
    .toLowerCase()
    .replace(/[əıßłøæđħ]/g, (c) => LATIN[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : ascii.slice(0, max)).replace(/-+$/, '');
}

/**
 * Where an entry lives: `entries/<year>/<date>-<slug>.mdx`, the date as written (the
 * start of a range), the year that of the start. Throws DateSpecError on a bad date.
 */
export function entryLocation(date: unknown, slug: string): { id: string; rel: string } {
  const spec = parseDateSpec(date);
  const id = `${spec.from.text}-${slug}`;
  return { id, rel: `entries/${yearOf(spec)}/${id}.mdx` };
}

/** The first problem with one field of an entry of `kind`, in the content check's words, or undefined. */
export function entryFieldError(kind: EntryKind, field: string, value: unknown): string | undefined {
  const shape = KIND_SCHEMAS[kind].shape as Record<string, z.ZodType>;
  const schema = shape[field];
  if (!schema) return `unknown field "${field}" for a ${kind}`;
  const result = schema.safeParse(value);
  return result.success ? styleError(field, value) : result.error.issues[0]?.message;
}

/** The first problem with one field of a new person, place, organisation or source, or undefined. */
export function entityFieldError(collection: NewEntityCollection, field: string, value: unknown): string | undefined {
  const shape = ENTITY_SCHEMAS[collection].shape as Record<string, z.ZodType>;
  const result = shape[field]?.safeParse(value);
  return !result || result.success ? undefined : result.error.issues[0]?.message;
}

/** Order of the fields in a generated entry: shared fields first, then the kind's own. */
const ENTRY_ORDER = [
  'title',
  'kind',
  'eventType',
  'agreementType',
  'stage',
  'date',
  'dateNote',
  'status',
  'summary',
  'topics',
  'people',
  'organizations',
  'places',
  'countries',
  'sources',
  'visitors',
  'hosts',
  'from',
  'to',
  'level',
  'format',
  'parties',
  'partyCountries',
  'signatories',
  'duringVisit',
  'figures',
  'related',
  'draft',
] as const;

/** Lists written even when empty, so the contributor sees where ids go. */
const ALWAYS_LISTED = new Set(['people', 'organizations', 'places', 'figures', 'related']);

const COMMENTS: Partial<Record<(typeof ENTRY_ORDER)[number], string>> = {
  date: ' YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY or FROM/TO: only as precise as the source',
  figures: [
    ' every number the entry states, each with its source, e.g.',
    '   - label: Bilateral trade turnover',
    '     value: 470',
    '     unit: million USD',
    '     period: "2024"',
    '     source: <a source id>',
  ].join('\n'),
};

const DATE_FIELDS = new Set(['date', 'period', 'published', 'accessed']);

/** The frontmatter object of a new entry, in house order, without empty optional fields. */
export function entryFrontmatter(answers: EntryAnswers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fields = answers.kind ? KIND_SCHEMAS[answers.kind].shape : {};
  for (const key of ENTRY_ORDER) {
    if (!(key in fields)) continue;
    const value = (answers as Record<string, unknown>)[key];
    if (value === undefined || value === '' || value === false) {
      if (ALWAYS_LISTED.has(key)) out[key] = [];
      continue;
    }
    if (Array.isArray(value) && value.length === 0 && !ALWAYS_LISTED.has(key)) continue;
    if (key === 'status' && value === 'happened') continue;
    out[key] = value;
  }
  return out;
}

/** YAML in the corpus's style: dates quoted, id lists on one line, optional comments. */
function toYaml(data: Record<string, unknown>, comments: Record<string, string> = {}): string {
  const doc = new Document(data);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = String((pair.key as Scalar).value);
      if (isScalar(pair.value) && DATE_FIELDS.has(key)) pair.value.type = Scalar.QUOTE_DOUBLE;
      if (isSeq(pair.value) && pair.value.items.every((i) => isScalar(i))) (pair.value as YAMLSeq).flow = true;
      if (comments[key]) (pair.key as Scalar).commentBefore = comments[key];
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The body skeleton: the summary as a first paragraph, cited, and one footnote per source. */
export function entryBody(summary: string, sources: readonly { id: string; data: SourceData }[]): string {
  const marks = sources.map((s) => `[^${s.id}]`).join('');
  const notes = sources.map((s) => `[^${s.id}]: ${citationText(s.data)}`);
  return [
    '{/* Say what happened in your own words, as precisely as the sources do. End every sentence that',
    '    states a fact with the footnote of its source, e.g. [^source-id]; the footnotes are below. */}',
    '',
    `${summary.trim()}${marks}`,
    '',
    ...notes,
    '',
  ].join('\n');
}

/** The complete text of a new entry file. */
export function entryFileText(answers: EntryAnswers, sources: readonly { id: string; data: SourceData }[]): string {
  const yaml = toYaml(entryFrontmatter(answers), COMMENTS);
  return `---\n${yaml}---\n\n${entryBody(String(answers.summary ?? ''), sources)}`;
}

/** The text of a new person, place, organisation or source file (fields in schema order). */
export function entityFileText<C extends NewEntityCollection>(collection: C, data: EntityInput<C>): string {
  const order = Object.keys(ENTITY_SCHEMAS[collection].shape);
  const record = data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const v = record[key];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = v;
  }
  return toYaml(out);
}

/** A suggested id for a new person, place or organisation (from its name) or source. */
export function suggestEntityId(collection: NewEntityCollection, data: Record<string, unknown>): string {
  if (collection !== 'sources') return slugify(String(data.name ?? ''));
  const publisher = String(data.publisher ?? '');
  // Short publishers (initials) as written; long ones by their first word.
  const short =
    publisher.replace(/[^A-Z]/g, '').length >= 2 ? publisher.replace(/[^A-Z]/g, '') : publisher.split(/\s+/)[0];
  const year = /^\d{4}/.exec(String(data.published ?? ''))?.[0] ?? '';
  return slugify([short, year, String(data.title ?? '')].filter(Boolean).join(' '), 40);
}

const NUMBER_FIELDS = new Set(['lat', 'lon']);
const LIST_FIELDS = new Set(['aliases']);

/**
 * Parses `name=Jane Doe;role=Minister of Energy;country=KZ` (the `--new-person` flag and
 * its kin) into fields; `id=` names the file, otherwise it is suggested from the name.
 */
export function parseEntityFlag(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of text.split(';')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`"${part.trim()}" has no "=" — write field=value pairs separated by ";"`);
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    out[key] = NUMBER_FIELDS.has(key)
      ? Number(value)
      : LIST_FIELDS.has(key)
        ? value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : value;
  }
  return out;
}

/** A comma-separated list flag (`--people a,b`) as ids. */
export const parseList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Required answers of a kind that are still missing, as flag names (`--visitors`). */
export function missingAnswers(answers: EntryAnswers): string[] {
  const kind = answers.kind;
  const required = ['kind', 'title', 'date', 'summary', 'topics', 'sources'];
  if (kind === 'visit') required.push('visitors', 'from', 'to', 'level');
  if (kind === 'agreement') required.push('agreementType', 'stage');
  const record = answers as Record<string, unknown>;
  return required
    .filter((k) => {
      const v = record[k];
      return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    })
    .map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
}
