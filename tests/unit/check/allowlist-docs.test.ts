import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALLOWED_ELEMENTS } from '../../../src/check/index';
import { ROOT } from '../../helpers/astro';

// CONTRIBUTING.md lists the elements an entry may use; the list is the check's allowlist.
describe('the element allowlist in CONTRIBUTING.md', () => {
  const doc = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Entries are data, not code'), doc.indexOf('Contents:'));
  const rows = section.split('\n').filter((l) => /^\| `</.test(l));

  it('has one row per allowed element, with its attributes and its example', () => {
    expect(rows).toHaveLength(Object.keys(ALLOWED_ELEMENTS).length);
    for (const [name, { attributes, example }] of Object.entries(ALLOWED_ELEMENTS)) {
      const row = rows.find((r) => r.startsWith(`| \`<${name}>\``));
      expect(row, name).toBeDefined();
      expect(row).toContain(`\`${example}\``);
      for (const attribute of attributes) expect(row).toContain(`\`${attribute}\``);
    }
  });
});
