import { describe, expect, it } from 'vitest';
import { eventEntry, manyEntries } from '../../helpers/content-fixture';
import { check } from './run-fixture';

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
