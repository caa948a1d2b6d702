/**
 * Every flag of `npm run new`, defined once: its name and type, the answer it fills
 * (or the collection it adds an item to), the kinds it applies to and its help text.
 * The argument parser, the answers from flags and `--help` are all made from this table.
 */
import {
  AGREEMENT_STAGES,
  AGREEMENT_TYPES,
  ENTRY_KINDS,
  ENTRY_STATUSES,
  EVENT_TYPES,
  VISIT_LEVELS,
} from '../../schemas/entry';
import type { EntryAnswers, EntryKind, NewEntityCollection } from './entry-file';

export interface FlagDef {
  /** Written `--name`. */
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** May be given more than once (each time one more value). */
  readonly multiple?: boolean;
  readonly short?: string;
  /** The answer the flag gives; `list` for comma-separated ids or codes. */
  readonly answer?: { readonly field: keyof EntryAnswers; readonly list?: boolean };
  /** The collection a `field=value;…` flag adds a new item to (and whose ids the entry then lists). */
  readonly creates?: NewEntityCollection;
  /** The kinds of entry the flag is for; every kind when absent. */
  readonly kinds?: readonly EntryKind[];
  /** How the value is written, in the help. */
  readonly value?: string;
  readonly help: string;
}

const oneOf = (values: readonly string[]) => values.join('|');

export const FLAGS = [
  // Every entry.
  {
    name: 'kind',
    type: 'string',
    answer: { field: 'kind' },
    value: oneOf(ENTRY_KINDS),
    help: 'what the entry records',
  },
  {
    name: 'title',
    type: 'string',
    answer: { field: 'title' },
    value: '"..."',
    help: 'headline in sentence case, no full stop',
  },
  {
    name: 'date',
    type: 'string',
    answer: { field: 'date' },
    value: '2025-03-03',
    help: 'as precise as the source: 2025-03-03, 2023-03, 2026-Q2, 2025-H1, 2022 or FROM/TO',
  },
  {
    name: 'status',
    type: 'string',
    answer: { field: 'status' },
    value: oneOf(ENTRY_STATUSES),
    help: 'planned for what was due or expected (default happened)',
  },
  {
    name: 'date-note',
    type: 'string',
    answer: { field: 'dateNote' },
    value: '"..."',
    help: 'how the date was worked out; for a past plan, what the sources report',
  },
  {
    name: 'summary',
    type: 'string',
    answer: { field: 'summary' },
    value: '"..."',
    help: 'one sentence for lists and search results',
  },
  {
    name: 'topics',
    type: 'string',
    answer: { field: 'topics', list: true },
    value: 'a,b',
    help: 'topic ids (at least one)',
  },
  { name: 'people', type: 'string', answer: { field: 'people', list: true }, value: 'a,b', help: 'people ids' },
  {
    name: 'organizations',
    type: 'string',
    answer: { field: 'organizations', list: true },
    value: 'a,b',
    help: 'organisation ids',
  },
  {
    name: 'places',
    type: 'string',
    answer: { field: 'places', list: true },
    value: 'a,b',
    help: 'place ids, where it happened first',
  },
  {
    name: 'sources',
    type: 'string',
    answer: { field: 'sources', list: true },
    value: 'a,b',
    help: 'source ids (at least one)',
  },
  {
    name: 'countries',
    type: 'string',
    answer: { field: 'countries', list: true },
    value: 'KZ,AZ',
    help: 'countries involved, ISO codes (default KZ,AZ)',
  },
  {
    name: 'draft',
    type: 'boolean',
    answer: { field: 'draft' },
    help: 'shown by npm run dev only, never in the built site',
  },
  // Visits.
  {
    name: 'visitors',
    type: 'string',
    answer: { field: 'visitors', list: true },
    kinds: ['visit'],
    value: 'a,b',
    help: 'who travelled (people ids)',
  },
  {
    name: 'hosts',
    type: 'string',
    answer: { field: 'hosts', list: true },
    kinds: ['visit'],
    value: 'a,b',
    help: 'who received them (people ids)',
  },
  {
    name: 'from',
    type: 'string',
    answer: { field: 'from' },
    kinds: ['visit'],
    value: 'KZ',
    help: 'country of the visitors',
  },
  { name: 'to', type: 'string', answer: { field: 'to' }, kinds: ['visit'], value: 'AZ', help: 'country visited' },
  {
    name: 'level',
    type: 'string',
    answer: { field: 'level' },
    kinds: ['visit'],
    value: oneOf(VISIT_LEVELS),
    help: 'level of the visit, as the source gives it',
  },
  {
    name: 'format',
    type: 'string',
    answer: { field: 'format' },
    kinds: ['visit'],
    value: '"..."',
    help: 'how the talks were held, in the source’s words',
  },
  // Agreements.
  {
    name: 'agreement-type',
    type: 'string',
    answer: { field: 'agreementType' },
    kinds: ['agreement'],
    value: oneOf(AGREEMENT_TYPES),
    help: 'what kind of text, as the source calls it',
  },
  {
    name: 'stage',
    type: 'string',
    answer: { field: 'stage' },
    kinds: ['agreement'],
    value: oneOf(AGREEMENT_STAGES),
    help: 'signed or agreed, in the source’s word; expected goes with --status planned',
  },
  {
    name: 'parties',
    type: 'string',
    answer: { field: 'parties', list: true },
    kinds: ['agreement'],
    value: 'a,b',
    help: 'parties that are organisations (ids)',
  },
  {
    name: 'party-countries',
    type: 'string',
    answer: { field: 'partyCountries', list: true },
    kinds: ['agreement'],
    value: 'KZ,AZ',
    help: 'parties that are states (ISO codes)',
  },
  {
    name: 'signatories',
    type: 'string',
    answer: { field: 'signatories', list: true },
    kinds: ['agreement'],
    value: 'a,b',
    help: 'who signed (people ids)',
  },
  {
    name: 'during-visit',
    type: 'string',
    answer: { field: 'duringVisit' },
    kinds: ['agreement'],
    value: '<entry id>',
    help: 'the visit entry it belongs to',
  },
  // Events.
  {
    name: 'event-type',
    type: 'string',
    answer: { field: 'eventType' },
    kinds: ['event'],
    value: oneOf(EVENT_TYPES),
    help: 'what kind of event (default other)',
  },
  // New people, places, organisations and sources.
  {
    name: 'new-person',
    type: 'string',
    multiple: true,
    creates: 'people',
    value: '"name=Jane Doe;role=Minister of Energy of Kazakhstan;country=KZ"',
    help: 'a new person in content/people/',
  },
  {
    name: 'new-place',
    type: 'string',
    multiple: true,
    creates: 'places',
    value: '"name=Kuryk;type=port;country=KZ;lat=43.17;lon=51.65"',
    help: 'a new place in content/places/',
  },
  {
    name: 'new-organization',
    type: 'string',
    multiple: true,
    creates: 'organizations',
    value: '"name=Kazakhstan Temir Zholy;type=company;country=KZ"',
    help: 'a new organisation in content/organizations/',
  },
  {
    name: 'new-source',
    type: 'string',
    multiple: true,
    creates: 'sources',
    value: '"title=...;publisher=...;author=...;published=2025-03-12;url=https://..."',
    help: 'a new source in content/sources/',
  },
  // How to run.
  { name: 'slug', type: 'string', value: '<slug>', help: 'file name after the date (default: made from the title)' },
  { name: 'dry-run', type: 'boolean', help: 'print the files instead of writing them' },
  { name: 'help', type: 'boolean', short: 'h', help: 'print this help' },
] as const satisfies readonly FlagDef[];

export type FlagName = (typeof FLAGS)[number]['name'];

/** The flags as given: text, true, or every text of a repeatable flag. */
export type FlagValues = Partial<Record<FlagName, string | boolean | string[]>>;
