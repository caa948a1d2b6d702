/**
 * The real series, places, sources, routes and charts of content/, read through the real
 * schemas (with plain references), for tests of the charts and maps.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/collections';
import { make } from './factory';

const ROOT = path.resolve(import.meta.dirname, '../..');

const read = <C extends CollectionName>(collection: C) => {
  const dir = path.join(ROOT, 'content', COLLECTIONS[collection].dir);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => make(collection, f.replace(/\.yaml$/, ''), parse(readFileSync(path.join(dir, f), 'utf8'))));
};

export const corpusSeries = () => read('series');
export const corpusPlaces = () => read('places');
export const corpusSources = () => read('sources');
export const corpusRoutes = () => read('routes');
export const corpusCharts = () => read('charts').map((c) => ({ id: c.id, ...c.data }));
export const sourceNames = () => new Map(corpusSources().map((s) => [s.id, s]));

/** Where the archived articles are: shared/seeds/ beside the repository. */
export const ARCHIVE_DIR = path.join(ROOT, '..', 'shared', 'seeds');

/**
 * The archived text of a source, or undefined when the archive is absent on this
 * machine. In CI the archive is always there, so its absence fails the test instead.
 */
export function archiveText(archive: string | undefined): string | undefined {
  if (!archive) return undefined;
  if (!existsSync(ARCHIVE_DIR)) {
    if (process.env.CI) throw new Error(`the source archive ${ARCHIVE_DIR} is missing; CI must have it`);
    return undefined;
  }
  return readFileSync(path.join(ARCHIVE_DIR, archive), 'utf8');
}
