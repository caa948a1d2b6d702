import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeContent, type Fixture } from '../../helpers/content-fixture';
import { run, scriptedPrompts } from './harness';

let fixture: Fixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});
const dir = () => (fixture ??= makeContent({})).dir;

const AGREEMENT = [
  ...['--kind', 'agreement', '--title', 'Memorandum on the Middle Corridor', '--date', '2025-06'],
  ...['--summary', 'The two countries sign a memorandum.', '--topics', 'diplomacy', '--sources', 'article-a'],
  ...['--agreement-type', 'memorandum', '--signatories', 'ilham-aliyev'],
];
const ENTRY = 'entries/2025/2025-06-memorandum-on-the-middle-corridor.mdx';

describe('npm run new without a terminal', () => {
  it('names the missing answers, --stage among them for an agreement, and exits 1', async () => {
    const result = await run(['--kind', 'agreement', '--title', 'An agreement', '--date', '2025'], dir());
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'missing --summary, --topics, --sources, --agreement-type, --stage — give them as flags, or run npm run new in a terminal to be asked (npm run new -- --help lists the flags)',
    );
    const one = await run([...AGREEMENT], dir());
    expect(one.err).toMatch(/^missing --stage — give it as flags/);
  });

  it('writes an agreement with its stage right after agreementType, and says what it made', async () => {
    const result = await run([...AGREEMENT, '--stage', 'signed'], dir());
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(
      [
        `created ${ENTRY}`,
        'preview: http://localhost:4321/entries/2025-06-memorandum-on-the-middle-corridor/ (after npm run dev)',
        'next: write the body in your own words with a footnote per fact, then run npm run check',
      ].join('\n'),
    );
    const text = readFileSync(path.join(dir(), ENTRY), 'utf8');
    expect(text).toMatch(/\nkind: agreement\nagreementType: memorandum\nstage: signed\n/);
    expect(text).toContain('people: [ilham-aliyev]\n');
  });

  it('checks the stage against the status with the content check, and writes nothing', async () => {
    const result = await run([...AGREEMENT, '--stage', 'expected'], dir());
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${ENTRY}:5: stage: stage: expected is for an agreement not yet signed or agreed`);
    expect(result.err).toContain('1 problem — nothing written.');
    expect(existsSync(path.join(dir(), ENTRY))).toBe(false);
  });

  it('prints the files on --dry-run, new items after the entry, and writes none', async () => {
    const result = await run(
      [...AGREEMENT, '--stage', 'agreed', '--new-person', 'name=Jane Doe;role=Minister;country=AZ', '--dry-run'],
      dir(),
    );
    expect(result.code).toBe(0);
    expect(result.out.split('\n').filter((l) => l.startsWith('--- '))).toEqual([
      `--- ${ENTRY}`,
      '--- people/jane-doe.yaml',
    ]);
    expect(result.out).toContain('--- people/jane-doe.yaml\nname: Jane Doe\ncountry: AZ\nrole: Minister\n');
    expect(existsSync(path.join(dir(), ENTRY))).toBe(false);
  });

  it('refuses a new item whose id exists, and a malformed one, naming the flag', async () => {
    const taken = await run(['--new-person', 'name=Ilham Aliyev;role=President;country=AZ'], dir());
    expect(taken).toMatchObject({ code: 1 });
    expect(taken.err).toBe(
      'content/people/ilham-aliyev.yaml already exists — use the id "ilham-aliyev" instead of creating it again',
    );
    const bad = await run(['--new-place', 'Kuryk'], dir());
    expect(bad.err).toBe('--new-place: "Kuryk" has no "=" — write field=value pairs separated by ";"');
  });

  it('refuses to overwrite an entry that exists', async () => {
    expect((await run([...AGREEMENT, '--stage', 'signed'], dir())).code).toBe(0);
    const again = await run([...AGREEMENT, '--stage', 'signed'], dir());
    expect(again.code).toBe(1);
    expect(again.err).toBe(
      `${ENTRY} already exists — nothing written. Edit that file, or choose another title or --slug`,
    );
  });
});

describe('npm run new in a terminal (scripted answers)', () => {
  /** The answers after the kind: title, date, file name, status, date note, summary, the five lists. */
  const common = (status: string, date: string) => [
    'Memorandum on the Middle Corridor',
    date,
    'memo',
    status,
    '',
    'The two countries sign a memorandum.',
    ['diplomacy'],
    [],
    [],
    [],
    ['article-a'],
  ];

  it('asks an agreement that happened how far it got, offering signed and agreed only', async () => {
    let offered: unknown;
    const { prompts, asked } = scriptedPrompts([
      'agreement',
      ...common('happened', '2025-06'),
      'memorandum',
      (q: { options: { value: string }[] }) => ((offered = q.options.map((o) => o.value)), 'agreed'),
      [],
      true,
    ]);
    const result = await run([], dir(), { interactive: true, prompts });
    expect(result.code).toBe(0);
    expect(offered).toEqual(['signed', 'agreed']);
    expect(asked).toContain('How far did it get, in the source’s word?');
    expect(readFileSync(path.join(dir(), 'entries/2025/2025-06-memo.mdx'), 'utf8')).toContain(
      'agreementType: memorandum\nstage: agreed\n',
    );
  });

  it('makes a planned agreement expected without asking', async () => {
    const { prompts, asked } = scriptedPrompts(['agreement', ...common('planned', '2026-Q3'), 'memorandum', [], true]);
    const result = await run([], dir(), { interactive: true, prompts });
    expect(result.code).toBe(0);
    expect(asked).not.toContain('How far did it get, in the source’s word?');
    const text = readFileSync(path.join(dir(), 'entries/2026/2026-Q3-memo.mdx'), 'utf8');
    expect(text).toContain('stage: expected\n');
    expect(text).toContain('status: planned\n');
  });

  it('asks nothing the flags answered, and leaves with 130 on Ctrl+C', async () => {
    const { prompts, asked } = scriptedPrompts([Symbol('cancel')]);
    const result = await run([...AGREEMENT, '--stage', 'signed', '--status', 'happened', '--slug', 'memo'], dir(), {
      interactive: true,
      prompts,
    });
    expect(result.code).toBe(130);
    // Only the date note (optional, not given) is asked, then Ctrl+C.
    expect(asked).toEqual(['How the date was worked out, if the source does not state it outright (Enter to skip)']);
    expect(existsSync(path.join(dir(), 'entries/2025/2025-06-memo.mdx'))).toBe(false);
  });
});
