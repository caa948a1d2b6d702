/**
 * Synthetic content for the benchmark: N entries spread over decades, with realistic
 * bodies (paragraphs, a GFM table, footnotes, links) and references to the real
 * topics, people, organisations, places and sources, copied beside them so that the
 * full site's content check and schemas accept every file.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS } from '../src/collections';

/** Every collection but the entries, copied from the real content. */
const COPIED = COLLECTION_NAMES.filter((c) => COLLECTIONS[c].format === 'yaml').map((c) => COLLECTIONS[c].dir);
const KINDS = ['visit', 'agreement', 'event'] as const;

/** A small deterministic PRNG (mulberry32), so every run writes the same corpus. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Pools {
  topics: string[];
  people: string[];
  organizations: string[];
  places: string[];
  sources: string[];
}

function entryText(i: number, pools: Pools, random: () => number): { rel: string; text: string } {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const year = 1991 + Math.floor(random() * 35);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const precision = random();
  const mm = String(month).padStart(2, '0');
  const date =
    precision < 0.6 ? `${year}-${mm}-${String(day).padStart(2, '0')}` : precision < 0.85 ? `${year}-${mm}` : `${year}`;
  const kind = KINDS[i % 3]!;
  const id = `${date}-synthetic-entry-${i}`;
  const source = pick(pools.sources);
  const people = some(pools.people, 2);
  const kindFields =
    kind === 'visit'
      ? `visitors: [${people[0]}]\nhosts: [${people.at(-1)}]\nfrom: KZ\nto: AZ\nlevel: official\n`
      : kind === 'agreement'
        ? `agreementType: memorandum\nstage: signed\npartyCountries: [KZ, AZ]\nparties: [${pick(pools.organizations)}]\n`
        : `eventType: milestone\n`;
  const value = Math.round(random() * 1000);
  const text = `---
title: Synthetic ${kind} number ${i} on cooperation
kind: ${kind}
date: "${date}"
summary: A generated ${kind} used to measure how the build scales; it names people, places and a figure with its source.
topics: [${some(pools.topics, 2).join(', ')}]
people: [${people.join(', ')}]
organizations: [${some(pools.organizations, 2).join(', ')}]
places: [${some(pools.places, 2).join(', ')}]
sources: [${source}]
${kindFields}figures:
  - label: Synthetic volume
    value: ${value}
    unit: million USD
    period: "${year}"
    source: ${source}
---

This generated ${kind} stands in for a real entry. It describes talks on energy, transport and
digital links across the Caspian, with a figure of ${value} million USD.[^a] The delegations
discussed the Middle Corridor, the ports at Aktau and Baku, and **oil** through the pipeline.[^b]

## Details

| Item | Value | Unit |
| --- | ---: | --- |
| Volume | ${value} | million USD |
| Share | ${Math.round(random() * 100)} | % |

- Point one with ~~struck~~ text and an autolink https://example.org/${i}
- Point two linking to [the timeline](/)

[^a]: Generated note citing the source registry entry ${source}.
[^b]: A second note.
`;
  return { rel: path.join('entries', String(year), `${id}.mdx`), text };
}

/** Writes `n` entries plus the real entity collections into `dir` (emptied first). */
export function generateCorpus(dir: string, n: number, realContent: string, seed = 42): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const c of COPIED) cpSync(path.join(realContent, c), path.join(dir, c), { recursive: true });
  // The synthetic figures are in no article: the copied sources name no archive, so the
  // check does not verify them against one.
  for (const f of readdirSync(path.join(dir, 'sources'))) {
    const file = path.join(dir, 'sources', f);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^archive:.*\n/m, ''));
  }
  const ids = (c: string) => readdirSync(path.join(realContent, c)).map((f) => f.replace(/\.ya?ml$/, ''));
  const pools: Pools = {
    topics: ids('topics'),
    people: ids('people'),
    organizations: ids('organizations'),
    places: ids('places'),
    sources: ids('sources'),
  };
  const random = rng(seed);
  for (let i = 0; i < n; i++) {
    const { rel, text } = entryText(i, pools, random);
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}
