/**
 * The real content's data files read as plain YAML, for browser tests that check every
 * series and place is on the built pages. (Read without the schemas on purpose: what a
 * test expects comes from the content files, not from the code under test.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './astro';

const read = <T>(dir: string): { id: string; data: T }[] =>
  readdirSync(path.join(ROOT, 'content', dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      data: parse(readFileSync(path.join(ROOT, 'content', dir, f), 'utf8')) as T,
    }));

export const corpusSeries = () => read<{ title: string; points: unknown[] }>('series');
export const corpusPlaces = () => read<{ name: string; lat?: number; lon?: number }>('places');
