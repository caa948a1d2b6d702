/**
 * The real series, places and sources of content/, read through the real schemas
 * (with plain references), for tests of the charts and maps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { placeSchema, seriesSchema, sourceSchema } from '../../src/schemas/entities';
import { plainRef } from '../../src/schemas/fields';
import { ROOT } from '../helpers/astro';

const read = <T>(dir: string, parseOne: (data: unknown) => T) =>
  readdirSync(path.join(ROOT, 'content', dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      data: parseOne(parse(readFileSync(path.join(ROOT, 'content', dir, f), 'utf8'))),
    }));

export const corpusSeries = () => read('series', (d) => seriesSchema(plainRef).parse(d));
export const corpusPlaces = () => read('places', (d) => placeSchema.parse(d));
export const corpusSources = () => read('sources', (d) => sourceSchema.parse(d));
export const sourceNames = () => new Map(corpusSources().map((s) => [s.id, s]));

/** The archived text of a source (shared/seeds/ beside the repository), or undefined when absent. */
export function archiveText(archive: string | undefined): string | undefined {
  if (!archive) return undefined;
  try {
    return readFileSync(path.join(ROOT, '..', 'shared', 'seeds', archive), 'utf8');
  } catch {
    return undefined;
  }
}
