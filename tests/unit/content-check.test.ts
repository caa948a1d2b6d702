import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/astro';
import { runContentCheck } from '../../src/check/run-check';
import { closestIds, fileNameDate } from '../../src/lib/content-check';
import { eventEntry, makeContent, manyEntries, VALID_FILES, visitWith, type Fixture } from '../helpers/content-fixture';

const VISIT = 'entries/2025/2025-10-20-aliyev-in-astana.mdx';
let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

/** Checks a fixture folder and returns its problem lines with the temp path made relative. */
function check(overrides: Record<string, string | null> = {}, today?: Date) {
  fixture = makeContent(overrides);
  const { problems, report } = runContentCheck(fixture.dir, fixture.dir, { today });
  return { problems, lines: report.split('\n'), report };
}

describe('content check', () => {
  it('passes the valid fixture', () => {
    const { problems, report } = check();
    expect(problems).toEqual([]);
    expect(report).toMatch(/content check: 10 files, no problems/);
  });

  it('reports a missing title with file, line, field and fix', () => {
    const { problems } = check({ [VISIT]: visitWith(/^title:/, null) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: VISIT, field: 'title', line: 2 });
    expect(problems[0]!.message).toMatch(/title is missing — add a line such as `title: "..."`/);
  });

  it('reports an impossible date on its line', () => {
    const { lines } = check({ [VISIT]: visitWith(/^date:/, 'date: "2025-13-45"') });
    expect(lines[0]).toBe(
      `${VISIT}:4: date: "2025-13-45" has month 13, but months run from 01 to 12 — correct the month`,
    );
  });

  it('reports an unknown kind and lists the kinds', () => {
    const { problems } = check({ [VISIT]: visitWith(/^kind:/, 'kind: summit') });
    expect(problems[0]).toMatchObject({ file: VISIT, field: 'kind', line: 3 });
    expect(problems[0]!.message).toBe('kind "summit" is unknown — use one of: visit, agreement, event');
  });

  it('reports unknown topic, person, place and source references with a suggestion', () => {
    const text = visitWith(/^topics:/, 'topics: [diplomcy]')
      .replace('people: [ilham-aliyev,', 'people: [ilham-aliev,')
      .replace('places: [astana]', 'places: [nur-sultan]')
      .replace('sources: [article-a]', 'sources: [article-z]');
    const { problems } = check({ [VISIT]: text });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(byField['topics[0]']!.message).toBe(
      'unknown topics id "diplomcy" — did you mean "diplomacy"? Otherwise add content/topics/diplomcy.yaml',
    );
    expect(byField['people[0]']!.message).toMatch(/unknown people id "ilham-aliev" — did you mean "ilham-aliyev"\?/);
    expect(byField['places[0]']!.message).toBe('unknown places id "nur-sultan" — add content/places/nur-sultan.yaml');
    expect(byField['sources[0]']).toMatchObject({ line: 9 });
    expect(byField['sources[0]']!.message).toMatch(/unknown sources id "article-z"/);
  });

  it('checks references inside figures and data series', () => {
    const { problems } = check({
      'series/trade.yaml':
        'title: T\nunit: million USD\npoints:\n  - period: "2024"\n    value: 1\n    source: nowhere\n',
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'series/trade.yaml', line: 6, field: 'points[0].source' }),
    ]);
  });

  it('reports a range that ends before it starts', () => {
    const { problems } = check({ [VISIT]: visitWith(/^date:/, 'date: "2025-10-21/2025-10-20"') });
    expect(problems[0]!.message).toMatch(
      /ends \(2025-10-20\) before it starts \(2025-10-21\) — put the earlier date first/,
    );
  });

  it('reports a duplicate id across year folders', () => {
    const { problems } = check({
      'entries/2024/2025-10-20-aliyev-in-astana.mdx': visitWith(/^title:/, 'title: Another'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /duplicate id "2025-10-20-aliyev-in-astana": .* has the same file name — rename one of them/,
    );
  });

  it('reports two entries with the same date and title', () => {
    const { problems } = check({ 'entries/2025/2025-10-20-aliyev-again.mdx': visitWith(/^kind:/, 'kind: visit') });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'entries/2025/2025-10-20-aliyev-in-astana.mdx',
        field: 'title',
        message: expect.stringMatching(/same date and title as entries\/2025\/2025-10-20-aliyev-again.mdx/),
      }),
    ]);
  });

  it('reports a file name that disagrees with the date', () => {
    const { problems } = check({ [VISIT]: visitWith(/^date:/, 'date: "2025-10"') });
    expect(problems[0]!.message).toBe(
      'the file name starts with 2025-10-20 but the date is 2025-10 — rename the file to 2025-10-<slug>.mdx or correct the date',
    );
  });

  it('reports fields the kind does not have, and fields of the wrong type', () => {
    const { problems } = check({ [VISIT]: visitWith(/^level:/, 'level: state\nagreementType: treaty\nstatus: done') });
    expect(problems.map((p) => p.field).sort()).toEqual(['agreementType', 'status']);
    expect(problems.find((p) => p.field === 'agreementType')!.message).toMatch(
      /unknown field "agreementType" — remove it/,
    );
    expect(problems.find((p) => p.field === 'status')!.message).toMatch(
      /status "done" is not allowed — use one of: happened, planned/,
    );
  });

  it('reports a figure without a source', () => {
    const text = VALID_FILE_FIRST_OIL().replace('    source: article-a\n    series', '    series');
    const { problems } = check({ 'entries/2023/2023-03-first-oil.mdx': text });
    expect(problems).toEqual([expect.objectContaining({ field: 'figures[0].source' })]);
  });

  it('reports broken YAML and a missing frontmatter without losing the other files', () => {
    const { problems, report } = check({
      [VISIT]: '---\ntitle: "unclosed\nkind: visit\n---\n',
      'entries/2023/2023-03-first-oil.mdx': 'just text\n',
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['(frontmatter)', '(yaml)']);
    expect(report).toMatch(/2 problems in 2 of 10 files/);
  });

  it('accepts unquoted dates as YAML writes them', () => {
    const { problems } = check({ [VISIT]: visitWith(/^date:/, 'date: 2025-10-20') });
    expect(problems).toEqual([]);
  });
});

describe('planned items whose date has passed', () => {
  const planned = (extra: Record<string, unknown> = {}) =>
    eventEntry('2025-06-cable-due', '2025-06', { status: 'planned', ...extra });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('are fine while the date is still ahead, including its last day', () => {
    expect(check(planned(), day('2025-06-30')).problems).toEqual([]);
  });

  it('need a dateNote once the date is over', () => {
    const { lines } = check(planned(), day('2025-07-01'));
    expect(lines[0]).toBe(
      'entries/2025/2025-06-cable-due.mdx:9: status: planned for 2025-06, which has passed (today is 2025-07-01) — if it happened, set status: happened; otherwise add a dateNote saying what the sources report (or that they do not say whether it happened)',
    );
  });

  it('are accepted with a dateNote that explains them', () => {
    const note = { dateNote: 'Reported in October 2025 as due in June; the sources do not say whether it happened.' };
    expect(check(planned(note), day('2026-01-01')).problems).toEqual([]);
  });

  it('measure a range by its end', () => {
    const range = eventEntry('2025-06-talks', '2025-06/2025-08', { status: 'planned' });
    expect(check(range, day('2025-08-31')).problems).toEqual([]);
    expect(check(range, day('2025-09-01')).problems).toHaveLength(1);
  });

  it('leave happened items alone', () => {
    expect(check(eventEntry('2001-old', '2001'), day('2030-01-01')).problems).toEqual([]);
  });
});

describe('links in entry bodies', () => {
  const OIL = '2023-03-first-oil';
  const withBody = (body: string, extra: Record<string, unknown> = {}) =>
    eventEntry('2024-05-linking', '2024-05', extra, `Intro.\n\n${body}\n`);

  it('accept links to existing entries, absolute, relative, with anchors or by reference', () => {
    const body = [
      `See [first oil](/entries/${OIL}/) and [again](../${OIL}/#sources).`,
      `Also [by reference][ref] and <a href="/entries/${OIL}/">HTML</a>; [elsewhere](https://example.org/entries/x/).`,
      '',
      `[ref]: /entries/${OIL}/`,
      '',
      '```md',
      '[inside code](/entries/not-checked/)',
      '```',
    ].join('\n');
    expect(check(withBody(body)).problems).toEqual([]);
  });

  it('report a link to an entry that does not exist, on its line, with a suggestion', () => {
    const { lines } = check(withBody(`First line.\nSee [first oil](/entries/2023-03-first-oyl/).`));
    expect(lines[0]).toBe(
      'entries/2024/2024-05-linking.mdx:14: (body) link to /entries/2023-03-first-oyl/: no entry has the id "2023-03-first-oyl" — did you mean /entries/2023-03-first-oil/? link to /entries/<id>/, where <id> is the file name of the entry without .mdx',
    );
  });

  it('report a relative link that leads nowhere', () => {
    const { problems } = check(withBody('[x](../no-such-entry/)'));
    expect(problems).toEqual([expect.objectContaining({ field: '(body) link to ../no-such-entry/' })]);
  });

  it('report a link to the .mdx file instead of the page', () => {
    const { problems } = check(withBody(`[x](../2023/${OIL}.mdx)`));
    expect(problems[0]!.message).toBe(
      `a link to the file, which does not exist on the site — write /entries/${OIL}/ instead`,
    );
  });

  it('report a link from a published entry to a draft, which the built site would not have', () => {
    const files = {
      ...eventEntry('2024-06-draft', '2024-06', { draft: true }),
      ...withBody('[the draft](/entries/2024-06-draft/)'),
    };
    const { problems } = check(files);
    expect(problems).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/"2024-06-draft" is a draft, so the link would be broken/),
      }),
    ]);
    // A draft may link to a draft.
    const both = { ...files, ...withBody('[the draft](/entries/2024-06-draft/)', { draft: true }) };
    expect(check(both).problems).toEqual([]);
  });
});

describe('a large content folder', () => {
  it('checks 500 valid entries, their links and references, and finds nothing wrong', () => {
    const { problems, report } = check(manyEntries(500));
    expect(problems).toEqual([]);
    expect(report).toMatch(/content check: 510 files, no problems/);
  });
});

function VALID_FILE_FIRST_OIL(): string {
  return VALID_FILES['entries/2023/2023-03-first-oil.mdx']!;
}

describe('helpers', () => {
  it('reads the date at the start of a file name', () => {
    expect(fileNameDate('2025-03-03-bektenov')).toBe('2025-03-03');
    expect(fileNameDate('2023-03-first-oil')).toBe('2023-03');
    expect(fileNameDate('2026-Q2-cable')).toBe('2026-Q2');
    expect(fileNameDate('2022-tokayev')).toBe('2022');
    expect(fileNameDate('tokayev')).toBeUndefined();
  });
  it('suggests close ids', () => {
    expect(closestIds('aktaw', ['aktau', 'baku', 'astana'])).toEqual(['aktau']);
    expect(closestIds('zzzzzzzz', ['aktau'])).toEqual([]);
  });
  it('reports paths relative to the root it is given', () => {
    fixture = makeContent({ [VISIT]: visitWith(/^date:/, 'date: "x"') });
    const { problems } = runContentCheck(path.dirname(fixture.dir), fixture.dir);
    expect(problems[0]!.file).toBe(path.join(path.basename(fixture.dir), VISIT));
  });
});

describe('npm run check on tests/fixtures/bad-content (one mistake per file)', () => {
  const BAD = path.join(ROOT, 'tests/fixtures/bad-content');
  const EXPECTED = [
    'entries/2020/2020-planned-in-the-past.mdx:5: status: planned for 2020, which has passed (today is 2026-01-01) — if it happened, set status: happened; otherwise add a dateNote saying what the sources report (or that they do not say whether it happened)',
    'entries/2025/2025-01-01-missing-title.mdx:2: title: title is missing — add a line such as `title: "..."`',
    'entries/2025/2025-01-02-impossible-date.mdx:4: date: "2025-02-30" has day 30, but that month has 28 days — correct the day',
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
    'entries/2025/2025-01-date-more-precise-than-file-name.mdx:4: date: the file name starts with 2025-01 but the date is 2025-01-08 — rename the file to 2025-01-08-<slug>.mdx or correct the date',
    'places/north-of-the-pole.yaml:4: lat: lat is above 90 — latitude runs from -90 (south) to 90 (north); is it the longitude?',
  ];

  it('prints the expected line for every bad file, a count, and exits 1', () => {
    fixture = makeContent();
    cpSync(BAD, fixture.dir, { recursive: true });
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'src/check/cli.ts'), '--today', '2026-01-01'],
      {
        cwd: fixture.dir,
        env: { ...process.env, CONTENT_DIR: '.' },
        encoding: 'utf8',
      },
    );
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual(EXPECTED);
    expect(lines.at(-1)).toMatch(/^content check: 17 problems in 17 of 29 files \(\d+ ms\)$/);
    expect(run.status).toBe(1);
  });

  it('has one file per problem (apart from the draft that one of them links to and the first of the twins)', () => {
    const files = readdirSync(BAD, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    expect(files).toHaveLength(EXPECTED.length + 2);
  });
});
