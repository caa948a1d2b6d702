/**
 * The routes the map draws or names: one YAML file per route under content/routes/,
 * each only as the articles describe it, every source quoted word for word.
 */
import { z } from 'astro/zod';
import { country, nonEmpty, type RefFactory } from './fields';

export const ROUTE_KINDS = ['corridor', 'oil', 'cpc', 'cable'] as const;

const routeSource = (ref: RefFactory) =>
  z.strictObject({
    source: ref('sources').describe('The source document (an id from content/sources/).'),
    says: nonEmpty('says', 600).describe('What the source says about the route, word for word.'),
  });

/** A stop: a place of the record, or a country where the source names no place (drawn from its nearest border point). */
const stop = (ref: RefFactory) =>
  z
    .union([ref('places'), z.strictObject({ country: country.describe('Country named by the source.') })])
    .describe('A place id from content/places/, or { country: KZ } where the source names only a country.');

const shared = (ref: RefFactory) => ({
  order: z.number().int().positive().describe('Position in the map key, smallest first.'),
  name: nonEmpty('name', 200).describe('The route as the key names it.'),
  sources: z
    .array(routeSource(ref))
    .min(1, { error: 'no sources — quote at least one source that describes the route' })
    .describe('Each source with the sentence that describes the route.'),
});

export const routeSchema = (ref: RefFactory) =>
  z.discriminatedUnion('drawn', [
    z.strictObject({
      ...shared(ref),
      drawn: z.literal(true).describe('true: drawn on the map as straight lines between its stops.'),
      short: nonEmpty('short', 40).describe('Short name drawn on the map.'),
      kind: z.enum(ROUTE_KINDS).describe('Which line style it takes.'),
      status: z.enum(['existing', 'planned']).describe('planned routes are drawn dashed.'),
      lines: z
        .array(z.array(stop(ref)).min(2))
        .min(1)
        .describe('Each polyline, stop by stop.'),
      note: nonEmpty('note', 600).describe('What the schematic line simplifies.'),
    }),
    z.strictObject({
      ...shared(ref),
      drawn: z.literal(false).describe('false: named in the key but not drawn, because the sources do not place it.'),
      why: nonEmpty('why', 300).describe('Why the map cannot draw it.'),
    }),
  ]);
