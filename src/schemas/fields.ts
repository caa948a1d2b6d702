/**
 * Small schema fragments shared by the collections. Each carries the message a
 * contributor sees when the field is wrong: what is wrong and how to fix it.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../collections';
import { COUNTRY_CODES } from '../primitives/countries';
import {
  DATE_FORMATS_HELP,
  DateSpecError,
  normaliseDateInput,
  parseDateSpec,
  type DateSpec,
} from '../primitives/dates';

/**
 * How a collection field points at another collection's entry. In `content.config.ts`
 * this is Astro's `reference()`; outside Astro (the content checker, tests) it is
 * {@link plainRef}, which produces the same `{ collection, id }` shape.
 */
export type RefFactory = (collection: CollectionName) => z.ZodType<{ collection: string; id: string }>;

export const plainRef: RefFactory = (collection) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `missing — add the ${refDescription(collection)}`
          : `expected the ${refDescription(collection)}, got ${JSON.stringify(issue.input)}`,
    })
    .min(1)
    .transform((id) => ({ collection, id }))
    .meta({ description: refDescription(collection), collection });

/** What a reference holds, in a contributor's words (shown in the editor and the field reference). */
export const refDescription = (collection: CollectionName): string =>
  collection === 'entries'
    ? 'id of an entry: its file name without .mdx'
    : `id of a file in content/${collection}/: its name without .yaml`;

/** Every date form src/primitives/dates.ts accepts, as a regular expression (a range is FROM/TO). */
const POINT = '\\d{4}(-(Q[1-4]|H[12]|(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?))?';
export const DATE_PATTERN = `^${POINT}(/${POINT})?$`;

/**
 * How a date looks to an editor's JSON Schema (zod cannot describe a transform): text
 * in one of the forms, or a bare year, which YAML reads as a number. Both the schemas
 * of `npm run schema` and the ones Astro writes for its VS Code extension pick it up.
 */
const DATE_JSON = {
  anyOf: [
    { type: 'string', pattern: DATE_PATTERN },
    { type: 'integer', minimum: 1000, maximum: 9999 },
  ],
};

/**
 * A date at its own precision, parsed once here: the output is the {@link DateSpec}
 * (text as written, precision, first and last day), so no reader parses it again.
 */
export const dateSpec = z
  .unknown()
  .transform((value, ctx): DateSpec => {
    try {
      return parseDateSpec(value);
    } catch (e) {
      ctx.addIssue({
        code: 'custom',
        message: e instanceof DateSpecError ? e.message : `invalid date — ${DATE_FORMATS_HELP}`,
      });
      return z.NEVER;
    }
  })
  .meta(DATE_JSON);

/** Every day, YYYY-MM-DD, as a regular expression. */
export const DAY_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/**
 * A date that must be a single day (a correction's date), parsed by the same parser as
 * {@link dateSpec}: a month, quarter, year or range is refused with the form to write.
 */
export const daySpec = dateSpec
  .refine((d) => d.precision === 'day' && !d.to, {
    error: 'not a single day — write the day as YYYY-MM-DD, e.g. 2026-03-05',
  })
  .meta({ anyOf: [{ type: 'string', pattern: DAY_PATTERN }] });

/** Like {@link dateSpec} but for the few fields that are not entry dates and may be absent. */
export const optionalDateText = z
  .preprocess((v) => (v === undefined || v === null ? undefined : normaliseDateInputSafe(v)), z.string().optional())
  .meta(DATE_JSON);
function normaliseDateInputSafe(v: unknown): unknown {
  try {
    return normaliseDateInput(v);
  } catch {
    return v;
  }
}

export const country = z.enum(COUNTRY_CODES, {
  error: (issue) =>
    `unknown country ${JSON.stringify(issue.input)} — use an ISO code such as KZ or AZ (the list is in src/primitives/countries.ts)`,
});

/** Other spellings of a name (Aktau/Aqtau); search and pages show them. */
export const aliases = z
  .array(z.string().min(1))
  .default([])
  .describe('Other spellings of the name (Aktau/Aqtau), so search finds them.');

/**
 * The standard spelling of a name in the site's other languages (Russian, Kazakh,
 * Azerbaijani), shown on that language's pages and indexed for search in every language.
 * A spelling, not a fact: leave a language out when the name has no standard form in it.
 */
export const names = z
  .strictObject({
    ru: z.string().trim().min(1).optional().describe('Standard Russian spelling, e.g. "Актау".'),
    kk: z.string().trim().min(1).optional().describe('Standard Kazakh spelling, e.g. "Ақтау".'),
    az: z.string().trim().min(1).optional().describe('Standard Azerbaijani spelling, e.g. "Aktau".'),
  })
  .default({})
  .describe("The name's standard spelling in Russian, Kazakh and Azerbaijani, where it has one.");

export const nonEmpty = (what: string, max: number) =>
  z
    .string({ error: `${what} is missing — add a line such as \`${what}: "..."\`` })
    .trim()
    .min(1, { error: `${what} is empty — write it out` })
    .max(max, { error: `${what} is longer than ${max} characters — shorten it` });
