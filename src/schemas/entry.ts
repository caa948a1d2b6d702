/**
 * The schema of a timeline entry: one visit, agreement or event per file under
 * `content/entries/<year>/`. Shared fields first, then what each kind adds.
 */
import { z } from 'astro/zod';
import { country, dateSpec, nonEmpty, type RefFactory } from './fields';

export const ENTRY_KINDS = ['visit', 'agreement', 'event'] as const;
export const ENTRY_STATUSES = ['happened', 'planned'] as const;
export const VISIT_LEVELS = [
  'state',
  'official',
  'working',
  'head-of-government',
  'ministerial',
  'delegation',
  'unspecified',
] as const;
export const AGREEMENT_TYPES = [
  'treaty',
  'agreement',
  'memorandum',
  'roadmap',
  'contract',
  'declaration',
  'programme',
  'protocol',
] as const;
export const EVENT_TYPES = [
  'meeting',
  'summit',
  'statement',
  'milestone',
  'incident',
  'exercise',
  'transaction',
  'construction',
  'negotiation',
  'other',
] as const;
export const FIGURE_QUALIFIERS = ['about', 'nearly', 'over', 'up-to', 'at-least'] as const;
export const FIGURE_STATUSES = ['actual', 'target', 'estimate', 'forecast'] as const;

const enumOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, {
    error: (issue) => `${field} ${JSON.stringify(issue.input)} is not allowed — use one of: ${values.join(', ')}`,
  });

/** A number stated by a source. The source is required: no figure without one. */
export const figureSchema = (ref: RefFactory) =>
  z.strictObject({
    /** What is measured, e.g. "Kazakh oil through BTC". */
    label: nonEmpty('label', 160),
    /** The number as the source gives it (in `unit`). */
    value: z.number({ error: 'value is not a number — write 470 for "$470 million" with unit "million USD"' }),
    /** Unit of `value`: "million USD", "million tonnes", "barrels per day", "%". */
    unit: nonEmpty('unit', 40),
    /** "about", "nearly", "over", "up-to", "at-least" when the source hedges. */
    qualifier: enumOf('qualifier', FIGURE_QUALIFIERS).optional(),
    /** The period the number covers, at its precision (2024, 2025-H1). */
    period: dateSpec.optional(),
    /** actual (default), target, estimate or forecast. */
    status: enumOf('status', FIGURE_STATUSES).default('actual'),
    /** The source document that states the number. */
    source: ref('sources'),
    /** The data series the number belongs to, if any. */
    series: ref('series').optional(),
    note: z.string().optional(),
  });

const base = (ref: RefFactory) => ({
  /** Headline, in sentence case, without a trailing full stop. */
  title: nonEmpty('title', 140),
  /** When it happened or is due, only as precisely as the source says (see src/lib/dates.ts). */
  date: dateSpec,
  /** How the date was worked out, when the source does not state it outright. */
  dateNote: z.string().optional(),
  /** happened (default) or planned: planned items are shown apart, in "Ahead". */
  status: enumOf('status', ENTRY_STATUSES).default('happened'),
  /** One sentence shown in lists and search results. */
  summary: nonEmpty('summary', 300),
  /** At least one topic id from content/topics/. */
  topics: z.array(ref('topics')).min(1, { error: 'no topics — list at least one topic id from content/topics/' }),
  /** People who took part or are named (ids from content/people/). */
  people: z.array(ref('people')).default([]),
  /** Organisations involved (ids from content/organizations/). */
  organizations: z.array(ref('organizations')).default([]),
  /** Places involved (ids from content/places/). The first is where it happened. */
  places: z.array(ref('places')).default([]),
  /** Countries involved, as ISO codes (KZ, AZ, ...). */
  countries: z.array(country).default(['KZ', 'AZ']),
  /** Source documents (ids from content/sources/); at least one. */
  sources: z.array(ref('sources')).min(1, { error: 'no sources — cite at least one source id from content/sources/' }),
  /** Numbers the entry states, each with its source. */
  figures: z.array(figureSchema(ref)).default([]),
  /** Other entries closely tied to this one. */
  related: z.array(ref('entries')).default([]),
  /** Drafts show in `npm run dev` only, never in the built site. */
  draft: z.boolean().default(false),
});

export const visitFields = (ref: RefFactory) =>
  z.strictObject({
    ...base(ref),
    kind: z.literal('visit'),
    /** Who travelled (people ids). */
    visitors: z.array(ref('people')).min(1, { error: 'no visitors — name at least one visitor (a people id)' }),
    /** Who received them (people ids). */
    hosts: z.array(ref('people')).default([]),
    /** Country of the visitors. */
    from: country,
    /** Country visited. */
    to: country,
    /** state, official, working, head-of-government, ministerial, delegation, or unspecified when the source does not say. */
    level: enumOf('level', VISIT_LEVELS),
    /** How the talks were held, in the source's words ("one-on-one and expanded formats"). */
    format: z.string().optional(),
  });

export const agreementFields = (ref: RefFactory) =>
  z.strictObject({
    ...base(ref),
    kind: z.literal('agreement'),
    /** treaty, agreement, memorandum, roadmap, contract, declaration, programme or protocol. */
    agreementType: enumOf('agreementType', AGREEMENT_TYPES),
    /** Parties that are organisations (ids). */
    parties: z.array(ref('organizations')).default([]),
    /** Parties that are states (ISO codes). */
    partyCountries: z.array(country).default([]),
    /** Who signed (people ids), where the source says. */
    signatories: z.array(ref('people')).default([]),
    /** The visit entry during which it was signed. */
    duringVisit: ref('entries').optional(),
  });

export const eventFields = (ref: RefFactory) =>
  z.strictObject({
    ...base(ref),
    kind: z.literal('event'),
    /** meeting, summit, statement, milestone, incident, exercise, transaction, construction, negotiation or other. */
    eventType: enumOf('eventType', EVENT_TYPES).default('other'),
  });

export const entrySchema = (ref: RefFactory) =>
  z.discriminatedUnion('kind', [visitFields(ref), agreementFields(ref), eventFields(ref)], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `kind ${JSON.stringify((issue.input as { kind?: unknown })?.kind)} is unknown — use one of: ${ENTRY_KINDS.join(', ')}`
        : undefined,
  });
