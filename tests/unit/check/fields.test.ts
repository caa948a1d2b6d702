import { describe, expect, it } from 'vitest';
import { VALID_FILES, visitWith } from '../../helpers/content-fixture';
import { check, VISIT } from './run-fixture';

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
      `${VISIT}:4: date: 2025-13-45 is not a real day — there is no month 13: months run from 01 to 12; write the date the source gives`,
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

function VALID_FILE_FIRST_OIL(): string {
  return VALID_FILES['entries/2023/2023-03-first-oil.mdx']!;
}
