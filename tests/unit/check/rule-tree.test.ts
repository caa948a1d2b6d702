import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkSources, readSources, type SourceFile } from '../../../src/check/index';
import { parseBody } from '../../../src/check/mdx/parse-body';
import { ruleTree } from '../../../src/check/mdx/rule-tree';
import { ROOT } from '../../helpers/astro';
import { source, sources, visitBody, VISIT } from './in-memory';

// A build keeps only the part of each parsed body the rules read (src/io/parse-cache.ts):
// the check must find exactly the same problems in it as in the whole tree.
const pruned = (text: string, isMdx: boolean) => ruleTree(parseBody(text, isMdx));
const BODIES = [
  "import { writeFileSync } from 'node:fs';\n\nText {1 + 1} and {/* a note */}.",
  '<script>{`x`}</script>\n\n<div onClick="x">a</div>\n\n<abbr title="t">A</abbr> <a href="javascript:alert(1)">x</a>',
  '> Quoted [a link](/entries/missing/) in a list:\n\n- [javascript](javascript:void(0))\n- ![img](data:text/html,x)\n\n[ref]: /entries/nowhere/',
  '| a | b |\n| - | - |\n| [in a table](/topics/none/) | <sup>2</sup> |',
  'Unclosed <b>tag',
];

describe('the pruned body tree', () => {
  it('gives the same problems as the whole tree, on the real content, the bad fixtures and hard bodies', () => {
    const own: SourceFile[] = BODIES.map((body, i) => source(VISIT.replace('.mdx', `-${i}.mdx`), visitBody(body)));
    let found = 0;
    for (const files of [
      readSources(ROOT),
      readSources(ROOT, path.join(ROOT, 'tests/fixtures/bad-content')),
      [...sources(), ...own],
    ]) {
      const whole = checkSources(files, { today: new Date('2026-01-01') });
      expect(checkSources(files, { today: new Date('2026-01-01'), parseBody: pruned })).toEqual(whole);
      found += whole.length;
    }
    expect(found).toBeGreaterThan(10);
  });

  it('is much smaller than the whole tree', () => {
    const body = readSources(ROOT).find((f) => f.collection === 'entries')!.text;
    const size = (x: unknown) => JSON.stringify(x).length;
    expect(size(pruned(body, true))).toBeLessThan(size(parseBody(body, true)) / 4);
  });
});
