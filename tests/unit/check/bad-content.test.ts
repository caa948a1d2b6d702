import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../helpers/astro';
import { check } from './run-fixture';

describe('npm run check on tests/fixtures/bad-content (one mistake per file)', () => {
  const BAD = path.join(ROOT, 'tests/fixtures/bad-content');
  const EXPECTED = [
    'entries/2020/2020-planned-in-the-past.mdx:5: status: planned for 2020, which is past due on 2026-01-01 (the record\'s as-of day) and says nothing of what became of it — add what the sources report: `outcome: { status: not-reported, note: "The sources do not say whether it happened." }`, or status happened (with entry:), postponed (with date:) or cancelled, each with the source: that reports it; if it happened and another entry does not record it, set status: happened',
    'entries/2025/2025-01-01-missing-title.mdx:2: title: title is missing — add a line such as `title: "..."`',
    'entries/2025/2025-01-02-impossible-date.mdx:4: date: 2025-02-30 is not a real day — February 2025 has 28 days; write the date the source gives',
    'entries/2025/2025-01-03-unknown-kind.mdx:3: kind: kind "summit" is unknown — use one of: visit, agreement, event',
    'entries/2025/2025-01-04-misspelt-person.mdx:7: people[0]: unknown people id "ilham-aliev" — did you mean "ilham-aliyev"? Otherwise add content/people/ilham-aliev.yaml',
    'entries/2025/2025-01-05-visit-without-visitors.mdx:2: visitors: visitors is missing — add a line such as `visitors: [first-id, second-id]`',
    'entries/2025/2025-01-06-agreement-without-type.mdx:2: agreementType: agreementType is missing — add a line such as `agreementType: treaty` (one of: treaty, agreement, memorandum, roadmap, contract, declaration, programme, protocol)',
    'entries/2025/2025-01-07-figure-without-source.mdx:9: figures[0].source: source is missing — add the id of a file in content/sources/: its name without .yaml',
    'entries/2025/2025-01-10-broken-link.mdx:10: (body) link to /entries/2023-03-first-oyl/: no entry has the id "2023-03-first-oyl" — did you mean /entries/2023-03-first-oil/? link to /entries/<id>/, where <id> is the file name of the entry without .mdx',
    'entries/2025/2025-01-11-misspelt-field.mdx:4: eventtype: unknown field "eventtype" — remove it or correct the spelling (see src/schemas/ for the fields of this kind)',
    'entries/2025/2025-01-12-broken-yaml.mdx:2: (yaml): not valid YAML: Missing closing "quote — check indentation, colons and quotes on this line',
    'entries/2025/2025-01-13-no-frontmatter.mdx:1: (frontmatter): no frontmatter — start the file with a line "---", the fields, and another "---" (copy an existing entry)',
    'entries/2025/2025-01-14-link-to-draft.mdx:10: (body) link to /entries/2025-01-15-a-draft/: "2025-01-15-a-draft" is a draft, so the link would be broken on the built site — publish that entry (remove draft: true) or remove the link',
    'entries/2025/2025-01-16-no-sources.mdx:7: sources: no sources — cite at least one source id from content/sources/',
    'entries/2025/2025-01-17-same-file-name.mdx:2: (file): duplicate id "2025-01-17-same-file-name": entries/2024/2025-01-17-same-file-name.mdx has the same file name — rename one of them',
    'entries/2025/2025-01-18-code-in-body.mdx:10:1: (body) import/export: "export const written = \'by an entry\';" is JavaScript, which runs on the machine that builds the site — remove it; an entry is data: write the facts in the frontmatter and the text in Markdown',
    'entries/2025/2025-01-19-mdx-syntax-error.mdx:10:28: (body): the MDX cannot be read: Unexpected end of file in expression, expected a corresponding closing brace for `{` — to write < or { as text, write \\< or \\{',
    'entries/2025/2025-01-20-empty.mdx:1: (file): the file is empty — copy an existing entry and change its fields and text',
    'entries/2025/2025-01-21-unquoted-impossible-date.mdx:4: date: 2025-02-29 is not a real day — February 2025 has 28 days; write the date the source gives',
    'entries/2025/2025-01-date-more-precise-than-file-name.mdx:4: date: the file name starts with 2025-01 but the date is 2025-01-08 — rename the file to 2025-01-08-<slug>.mdx or correct the date',
    'places/north-of-the-pole.yaml:4: lat: lat is above 90 — latitude runs from -90 (south) to 90 (north); is it the longitude?',
  ];

  it('prints the expected line for every bad file, a count, and exits 1', () => {
    const { dir } = check();
    cpSync(BAD, dir, { recursive: true });
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'src/check/cli.ts'), '--today', '2026-01-01'],
      {
        cwd: dir,
        env: { ...process.env, CONTENT_DIR: '.' },
        encoding: 'utf8',
      },
    );
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual(EXPECTED);
    expect(lines.at(-1)).toMatch(/^content check: 21 problems in 21 of 33 files \(\d+ ms\)$/);
    expect(run.status).toBe(1);
  });

  it('has one file per problem (apart from the draft that one of them links to and the first of the twins)', () => {
    const files = readdirSync(BAD, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    expect(files).toHaveLength(EXPECTED.length + 2);
  });
});
