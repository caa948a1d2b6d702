/**
 * The record keeps time: the site is built as of the day of the last commit that changed
 * content/, and plans dated before that day are listed as past due, not as ahead.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro';
import { builtSite } from '../helpers/sites';

const OUT = builtSite('main').outDir;
const read = (file: string) => readFileSync(path.join(OUT, file), 'utf8');
const lastContentCommit = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content'], {
  cwd: ROOT,
  encoding: 'utf8',
}).trim();
const AS_OF = process.env.AS_OF || new Date(lastContentCommit).toISOString().slice(0, 10);

/** The entries the Ahead page lists before and after its "Past due" heading. */
function aheadLists(html: string): { still: string[]; pastDue: string[] } {
  const ids = (part: string) =>
    [...part.matchAll(/class="item-title"[^>]*><a href="\/entries\/([^/]+)\/"/g)].map((m) => m[1]!);
  const at = html.indexOf('id="past-due-h"');
  return { still: ids(html.slice(0, at)), pastDue: ids(html.slice(at)) };
}

describe('the as-of day', () => {
  it('is the day of the last content commit, in the footer and the JSON export', () => {
    expect(read('entries.json')).toContain(`"asOf": "${AS_OF}"`);
    expect(read('index.html')).toMatch(new RegExp(`Record as of <time datetime="${AS_OF}"`));
  });

  it('lists the plans whose date has passed as past due, with their badge, and the rest as still ahead', () => {
    const ahead = read('ahead/index.html');
    const { still, pastDue } = aheadLists(ahead);
    expect(pastDue).toContain('2026-Q2-green-energy-cable-commissioning');
    expect(still).not.toContain('2026-Q2-green-energy-cable-commissioning');
    expect(still).toContain('2027-seven-million-tonnes-of-kazakh-oil-through-btc');
    expect(ahead).not.toContain('None has happened yet');
    const cable = read('entries/2026-Q2-green-energy-cable-commissioning/index.html');
    expect(cable).toContain('data-plan="past-due"');
    expect(cable).toContain('the sources do not report whether it happened');
  });
});
