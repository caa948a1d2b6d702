/**
 * The schema of a timeline entry: one visit, agreement or event per file under
 * `content/entries/<year>/`. Shared fields first, then what each kind adds.
 */
import { z } from 'astro/zod';
import { country, dateSpec, daySpec, nonEmpty, type RefFactory } from './fields';

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
// Issue #13: how far an agreement got, in the source's word (signed / agreed or "reached an agreement" / expected to be signed).
export const AGREEMENT_STAGES = ['signed', 'agreed', 'expected'] as const;
// Issue #13: what the sources report became of a planned item.
export const OUTCOME_STATUSES = ['not-reported', 'happened', 'postponed', 'cancelled'] as const;
export const FIGURE_QUALIFIERS = ['about', 'nearly', 'over', 'up-to', 'at-least'] as const;
export const FIGURE_STATUSES = ['actual', 'target', 'estimate', 'forecast'] as const;

const enumOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `${field} is missing — add a line such as \`${field}: ${values[0]}\` (one of: ${values.join(', ')})`
        : `${field} ${JSON.stringify(issue.input)} is not allowed — use one of: ${values.join(', ')}`,
  });

/** A number stated by a source. The source is required: no figure without one. */
export const figureSchema = (ref: RefFactory) =>
  z.strictObject({
    label: nonEmpty('label', 160).describe('What is measured, e.g. "Kazakh oil through BTC".'),
    value: z
      .number({ error: 'value is not a number — write 470 for "$470 million" with unit "million USD"' })
      .describe('The number as the source gives it (in `unit`).'),
    unit: nonEmpty('unit', 40).describe('Unit of `value`: "million USD", "million tonnes", "barrels per day", "%".'),
    qualifier: enumOf('qualifier', FIGURE_QUALIFIERS)
      .optional()
      .describe('When the source hedges ("about $600 million" → about).'),
    period: dateSpec.optional().describe('The period the number covers, at its precision (2024, 2025-H1).'),
    status: enumOf('status', FIGURE_STATUSES)
      .default('actual')
      .describe('Whether the number is a result (actual) or a target, estimate or forecast.'),
    source: ref('sources').describe('The source document that states the number.'),
    series: ref('series').optional().describe('The data series the number belongs to, if any.'),
    note: z
      .string()
      .optional()
      .describe('Anything a reader needs to weigh the number (what it covers, who the source cites).'),
  });

/** Issue #13: what became of a planned item, as the sources report it (never guessed). */
export const outcomeSchema = (ref: RefFactory) =>
  z
    .strictObject({
      // not-reported: no source says; happened / postponed / cancelled: a source says so.
      status: enumOf('outcome.status', OUTCOME_STATUSES).describe(
        'What the sources report became of the plan: not-reported, happened, postponed or cancelled.',
      ),
      // The entry that records it happening; required when status is happened.
      entry: ref('entries').optional().describe('The entry recording what happened (required when happened).'),
      // The new date, in the same forms as `date`; required when status is postponed.
      date: dateSpec
        .optional()
        .describe('The date it was moved to, in the same forms as date (required when postponed).'),
      // The source that reports the outcome; required unless status is not-reported.
      source: ref('sources').optional().describe('The source that reports the outcome (required unless not-reported).'),
      // What the sources say, or that they do not say.
      note: z.string().optional().describe('What the sources say about the outcome, or that they do not say.'),
    })
    .superRefine((o, ctx) => {
      if (o.status === 'happened' && !o.entry)
        ctx.addIssue({
          code: 'custom',
          path: ['entry'],
          message:
            'outcome.entry is missing — a plan that happened names the entry that records it (its file name without .mdx)',
        });
      if (o.status === 'postponed' && !o.date)
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: 'outcome.date is missing — a postponed plan gives the date it was moved to, e.g. `date: "2026-Q3"`',
        });
      if (o.status !== 'not-reported' && !o.source)
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: `outcome.source is missing — an outcome of "${o.status}" needs the source that reports it (an id from content/sources/); use status: not-reported if no source says`,
        });
    });

/** An editorial correction printed with the entry, as a newspaper prints one: when, and what was corrected. */
export const correctionSchema = z.strictObject({
  date: daySpec.describe("The day the correction was made, YYYY-MM-DD (not after the record's as-of day)."),
  text: nonEmpty('text', 300).describe(
    'What was corrected, in one sentence: "An earlier version gave the date as 21 October."',
  ),
});

/** Issue #13: an outcome belongs only to a planned item. */
const outcomeOnlyWhenPlanned = (v: { status?: string; outcome?: unknown }, ctx: z.core.$RefinementCtx) => {
  if (v.outcome !== undefined && v.status !== 'planned')
    ctx.addIssue({
      code: 'custom',
      path: ['outcome'],
      message: 'outcome is only for planned items — remove it, or set status: planned if the entry records a plan',
    });
};

const base = (ref: RefFactory) => ({
  title: nonEmpty('title', 140).describe('Headline, in sentence case, without a trailing full stop.'),
  date: dateSpec.describe(
    'When it happened or is due, only as precisely as the source says: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY, or a range FROM/TO. The file name starts with it (the start of a range).',
  ),
  dateNote: z.string().optional().describe('How the date was worked out, when the source does not state it outright.'),
  status: enumOf('status', ENTRY_STATUSES)
    .default('happened')
    .describe(
      'planned for what was due or expected when the sources were written; planned items are shown apart, in "Ahead".',
    ),
  // Issue #13: planned items only — what the sources report became of the plan.
  outcome: outcomeSchema(ref)
    .optional()
    .describe('Planned items only: what the sources report became of the plan (status, entry, date, source, note).'),
  summary: nonEmpty('summary', 300).describe('One sentence shown in lists and search results.'),
  topics: z
    .array(ref('topics'))
    .min(1, { error: 'no topics — list at least one topic id from content/topics/' })
    .describe('At least one topic id from content/topics/.'),
  people: z.array(ref('people')).default([]).describe('People who took part or are named (ids from content/people/).'),
  organizations: z
    .array(ref('organizations'))
    .default([])
    .describe('Organisations involved (ids from content/organizations/).'),
  places: z
    .array(ref('places'))
    .default([])
    .describe('Places involved (ids from content/places/). The first is where it happened.'),
  countries: z.array(country).default(['KZ', 'AZ']).describe('Countries involved, as ISO codes (KZ, AZ, ...).'),
  sources: z
    .array(ref('sources'))
    .min(1, { error: 'no sources — cite at least one source id from content/sources/' })
    .describe('Source documents (ids from content/sources/); at least one.'),
  figures: z.array(figureSchema(ref)).default([]).describe('Numbers the entry states, each with its source.'),
  related: z.array(ref('entries')).default([]).describe('Other entries closely tied to this one.'),
  draft: z.boolean().default(false).describe('Drafts show in `npm run dev` only, never in the built site.'),
  corrections: z
    .array(correctionSchema)
    .default([])
    .describe('Corrections made to the entry after it was published, each with its day and what was corrected.'),
});

export const visitFields = (ref: RefFactory) =>
  z
    .strictObject({
      ...base(ref),
      kind: z.literal('visit').describe('visit: a trip by officials of one country to another.'),
      visitors: z
        .array(ref('people'))
        .min(1, { error: 'no visitors — name at least one visitor (a people id)' })
        .describe('Who travelled (people ids).'),
      hosts: z.array(ref('people')).default([]).describe('Who received them (people ids).'),
      from: country.describe('Country of the visitors.'),
      to: country.describe('Country visited.'),
      level: enumOf('level', VISIT_LEVELS).describe(
        'The level of the visit as the source gives it; unspecified when the source does not say.',
      ),
      format: z
        .string()
        .optional()
        .describe('How the talks were held, in the source\'s words ("one-on-one and expanded formats").'),
    })
    .superRefine(outcomeOnlyWhenPlanned);

export const agreementFields = (ref: RefFactory) =>
  z
    .strictObject({
      ...base(ref),
      kind: z
        .literal('agreement')
        .describe(
          'agreement: a treaty, memorandum, roadmap, contract or other text, signed, agreed or expected (see stage).',
        ),
      agreementType: enumOf('agreementType', AGREEMENT_TYPES).describe(
        'What kind of text was signed, as the source calls it.',
      ),
      parties: z.array(ref('organizations')).default([]).describe('Parties that are organisations (ids).'),
      partyCountries: z.array(country).default([]).describe('Parties that are states (ISO codes).'),
      signatories: z.array(ref('people')).default([]).describe('Who signed (people ids), where the source says.'),
      // Issue #13: signed only if a source says signed; agreed for "agreed"/"reached an agreement"; expected for planned.
      stage: enumOf('stage', AGREEMENT_STAGES).describe(
        'How far it got, in the source\'s word: signed (a source says signed), agreed ("agreed", "reached an agreement") or expected (expected or planned to be signed).',
      ),
      duringVisit: ref('entries')
        .optional()
        .describe('The visit entry during which it was signed, agreed or expected (see stage).'),
    })
    .superRefine(outcomeOnlyWhenPlanned)
    .superRefine((v, ctx) => {
      // Issue #13: an agreement only expected is a plan, and a plan is not yet signed or agreed.
      if ((v.stage === 'expected') !== (v.status === 'planned'))
        ctx.addIssue({
          code: 'custom',
          path: ['stage'],
          message:
            v.stage === 'expected'
              ? 'stage: expected is for an agreement not yet signed or agreed — set status: planned as well'
              : `stage: ${v.stage} says the agreement was made, but status is planned — use stage: expected, or status: happened`,
        });
    });

export const eventFields = (ref: RefFactory) =>
  z
    .strictObject({
      ...base(ref),
      kind: z
        .literal('event')
        .describe('event: anything else (a milestone, an incident, a statement, a figure for a period).'),
      eventType: enumOf('eventType', EVENT_TYPES).default('other').describe('What kind of event it is.'),
    })
    .superRefine(outcomeOnlyWhenPlanned);

export const entrySchema = (ref: RefFactory) =>
  z.discriminatedUnion('kind', [visitFields(ref), agreementFields(ref), eventFields(ref)], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `kind ${JSON.stringify((issue.input as { kind?: unknown })?.kind)} is unknown — use one of: ${ENTRY_KINDS.join(', ')}`
        : undefined,
  });
