/**
 * Schemas of the data collections: topics, people, organisations, places, sources and
 * data series. One YAML file per item; the file name is its id.
 */
import { z } from 'astro/zod';
import { aliases, country, dateSpec, nonEmpty, optionalDateText, type RefFactory } from './fields';
import { FIGURE_QUALIFIERS, FIGURE_STATUSES } from './entry';

export const topicSchema = z.strictObject({
  name: nonEmpty('name', 60),
  /** One or two sentences on what the topic covers. */
  description: nonEmpty('description', 600),
});

export const personSchema = z.strictObject({
  name: nonEmpty('name', 100),
  aliases,
  /** Country the person serves or belongs to, when the sources say. */
  country: country.optional(),
  /** Role as the sources give it, e.g. "President of Azerbaijan". */
  role: nonEmpty('role', 160),
  description: z.string().optional(),
});

export const ORGANIZATION_TYPES = [
  'company',
  'government',
  'international',
  'infrastructure',
  'media',
  'research',
  'other',
] as const;

export const organizationSchema = z.strictObject({
  name: nonEmpty('name', 140),
  aliases,
  /** Home country, when it has one (international bodies have none). */
  country: country.optional(),
  type: z.enum(ORGANIZATION_TYPES, {
    error: (i) => `type ${JSON.stringify(i.input)} is not allowed — use one of: ${ORGANIZATION_TYPES.join(', ')}`,
  }),
  description: z.string().optional(),
});

export const PLACE_TYPES = ['capital', 'city', 'port', 'terminal', 'field', 'region', 'sea', 'site'] as const;

export const placeSchema = z.strictObject({
  name: nonEmpty('name', 100),
  aliases,
  country: country.optional(),
  type: z.enum(PLACE_TYPES, {
    error: (i) => `type ${JSON.stringify(i.input)} is not allowed — use one of: ${PLACE_TYPES.join(', ')}`,
  }),
  /** Latitude in decimal degrees (north positive). */
  lat: z.number({ error: 'lat is not a number — write decimal degrees, e.g. 43.65' }).min(-90).max(90),
  /** Longitude in decimal degrees (east positive). */
  lon: z.number({ error: 'lon is not a number — write decimal degrees, e.g. 51.17' }).min(-180).max(180),
  description: z.string().optional(),
});

export const sourceSchema = z.strictObject({
  title: nonEmpty('title', 240),
  publisher: nonEmpty('publisher', 140),
  author: z.string().optional(),
  /** Publication date at the precision the document gives. */
  published: dateSpec.optional(),
  /** How the publication date was established, when the document is not explicit. */
  publishedNote: z.string().optional(),
  url: z.url({ error: 'url is not a full address — write it starting with https://' }).optional(),
  /** The archived copy this project works from (a file in shared/seeds/). */
  archive: z.string().optional(),
  accessed: optionalDateText,
});

export const seriesPointSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The period the value covers, at its precision. */
    period: dateSpec,
    /** For breakdowns (export routes), the category this value belongs to. */
    category: z.string().optional(),
    value: z.number({ error: 'value is not a number — write digits only, the unit goes in unit' }),
    qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
    status: z.enum(FIGURE_STATUSES).default('actual'),
    /** Unit when it differs from the series' unit. */
    unit: z.string().optional(),
    source: ref('sources'),
    note: z.string().optional(),
  });

export const seriesSchema = (ref: RefFactory) =>
  z.strictObject({
    title: nonEmpty('title', 140),
    description: z.string().optional(),
    /** The unit of every value unless a point says otherwise. */
    unit: nonEmpty('unit', 40),
    /** time: values over periods; breakdown: shares of one period by category. */
    shape: z.enum(['time', 'breakdown']).default('time'),
    topics: z.array(ref('topics')).default([]),
    points: z.array(seriesPointSchema(ref)).min(1, { error: 'no points — a series needs at least one point' }),
  });
