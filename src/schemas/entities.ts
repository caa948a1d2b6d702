/**
 * Schemas of the data collections: topics, people, organisations, places, sources and
 * data series. One YAML file per item; the file name is its id.
 */
import { z } from 'astro/zod';
import { aliases, country, names, dateSpec, nonEmpty, optionalDateText, type RefFactory } from './fields';
import { FIGURE_QUALIFIERS, FIGURE_STATUSES } from './entry';

export const topicSchema = z.strictObject({
  name: nonEmpty('name', 60).describe('The topic as readers see it, e.g. "Energy".'),
  description: nonEmpty('description', 600).describe('One or two sentences on what the topic covers.'),
});

export const personSchema = z.strictObject({
  name: nonEmpty('name', 100).describe('Full name in the usual English spelling, e.g. "Ilham Aliyev".'),
  aliases,
  names,
  country: country.optional().describe('Country the person serves or belongs to, when the sources say.'),
  role: nonEmpty('role', 160).describe('Role as the sources give it, e.g. "President of Azerbaijan".'),
  description: z.string().optional().describe('A sentence or two about the person, from the sources.'),
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
  name: nonEmpty('name', 140).describe('Name in its usual English form, e.g. "SOCAR".'),
  aliases,
  names,
  country: country.optional().describe('Home country, when it has one (international bodies have none).'),
  type: z
    .enum(ORGANIZATION_TYPES, {
      error: (i) => `type ${JSON.stringify(i.input)} is not allowed — use one of: ${ORGANIZATION_TYPES.join(', ')}`,
    })
    .describe('What sort of body it is.'),
  description: z.string().optional().describe('A sentence or two about the organisation, from the sources.'),
});

export const PLACE_TYPES = ['capital', 'city', 'port', 'terminal', 'field', 'region', 'sea', 'site'] as const;

export const placeSchema = z.strictObject({
  name: nonEmpty('name', 100).describe('Name in its usual English spelling, e.g. "Aktau".'),
  aliases,
  names,
  country: country.optional().describe('Country the place is in; none for a sea.'),
  type: z
    .enum(PLACE_TYPES, {
      error: (i) => `type ${JSON.stringify(i.input)} is not allowed — use one of: ${PLACE_TYPES.join(', ')}`,
    })
    .describe('What sort of place it is.'),
  lat: z
    .number({ error: 'lat is not a number — write decimal degrees, e.g. 43.65' })
    .min(-90, { error: 'lat is below -90 — latitude runs from -90 (south) to 90 (north)' })
    .max(90, { error: 'lat is above 90 — latitude runs from -90 (south) to 90 (north); is it the longitude?' })
    .describe('Latitude in decimal degrees (north positive).'),
  lon: z
    .number({ error: 'lon is not a number — write decimal degrees, e.g. 51.17' })
    .min(-180, { error: 'lon is below -180 — longitude runs from -180 (west) to 180 (east)' })
    .max(180, { error: 'lon is above 180 — longitude runs from -180 (west) to 180 (east)' })
    .describe('Longitude in decimal degrees (east positive).'),
  description: z.string().optional().describe('A sentence or two about the place, from the sources.'),
  // Issue #13: no source gives coordinates; this says they are editorial (background knowledge, to place the map point).
  coordinatesNote: z
    .string()
    .optional()
    .describe(
      'Where lat and lon come from: editorial, for placing the map point, since no source gives them; say if approximate.',
    ),
});

export const sourceSchema = z.strictObject({
  title: nonEmpty('title', 240).describe('Title of the document exactly as published.'),
  untitled: z
    .boolean()
    .default(false)
    .describe('true when the document has no headline: `title` is then its first sentence, cited as such.'),
  publisher: nonEmpty('publisher', 140).describe('Who published it; "not stated" when the document does not say.'),
  author: z.string().optional().describe('Author, when the document names one.'),
  published: dateSpec.optional().describe('Publication date at the precision the document gives.'),
  publishedNote: z
    .string()
    .optional()
    .describe('How the publication date was established, when the document is not explicit.'),
  url: z
    .url({ error: 'url is not a full address — write it starting with https://' })
    .optional()
    .describe('Web address of the document, when known.'),
  archive: z.string().optional().describe('The archived copy this project works from (a file in shared/seeds/).'),
  accessed: optionalDateText.describe('When the address was last read (YYYY-MM-DD).'),
});

export const seriesPointSchema = (ref: RefFactory) =>
  z.strictObject({
    period: dateSpec.describe('The period the value covers, at its precision.'),
    category: z.string().optional().describe('For breakdowns (export routes), the category this value belongs to.'),
    value: z
      .number({ error: 'value is not a number — write digits only, the unit goes in unit' })
      .describe('The number as the source gives it.'),
    qualifier: z.enum(FIGURE_QUALIFIERS).optional().describe('When the source hedges ("about", "nearly", ...).'),
    status: z
      .enum(FIGURE_STATUSES)
      .default('actual')
      .describe('Whether the value is a result or a target, estimate or forecast.'),
    unit: z.string().optional().describe("Unit when it differs from the series' unit."),
    source: ref('sources').describe('The source document that states the value (an id from content/sources/).'),
    note: z.string().optional().describe('What the value covers, or whom the source cites.'),
  });

export const seriesSchema = (ref: RefFactory) =>
  z.strictObject({
    title: nonEmpty('title', 140).describe('What the series measures, e.g. "Kazakhstan–Azerbaijan trade turnover".'),
    description: z.string().optional().describe('What readers should know: coverage, and where the sources disagree.'),
    unit: nonEmpty('unit', 40).describe('The unit of every value unless a point says otherwise.'),
    shape: z
      .enum(['time', 'breakdown'])
      .default('time')
      .describe('time: values over periods; breakdown: shares of one period by category.'),
    topics: z.array(ref('topics')).default([]).describe('Topic ids from content/topics/.'),
    points: z
      .array(seriesPointSchema(ref))
      .min(1, { error: 'no points — a series needs at least one point' })
      .describe('The values, each with its period and source; two sources for one period are two points.'),
  });
