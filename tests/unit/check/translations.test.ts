/**
 * Issue #16: translations of entries (`<entry id>.<lang>.mdx` beside the entry), through
 * the real content check: in memory, and once through the loader from disk.
 */
import { describe, expect, it } from 'vitest';
import { eventEntry, visitWith } from '../../helpers/content-fixture';
import { checkInMemory, VISIT } from './in-memory';
import { check } from './run-fixture';

const RU = 'entries/2025/2025-10-20-aliyev-in-astana.ru.mdx';
const ORIGINAL = VISIT;

/** A translation's text: frontmatter lines, then the body. */
const translation = (fields: string[], body = 'Президенты встретились в Астане.') =>
  ['---', ...fields, '---', '', body, ''].join('\n');
const RU_FIELDS = [
  'title: Алиев совершает государственный визит в Астану',
  'summary: Президенты встречаются в Астане.',
];
const VALID_RU = translation(RU_FIELDS);

/** The original with a footnote: `[^a]` in the text and its line below. */
const CITED_BODY = 'The presidents meet.[^a]\n\n[^a]: Article A, Publisher A, 24 October 2025.';
const citedOriginal = () => visitWith(/^level:/, 'level: state').replace('Body.', CITED_BODY);

const linesWith = (files: Record<string, string | null>) => checkInMemory(files).lines;

describe('a valid translation', () => {
  it('passes, and is not read as an entry (no kind, date or sources asked of it)', () => {
    expect(linesWith({ [RU]: VALID_RU })).toEqual([]);
  });

  it('in Kazakh and Azerbaijani letters, with a translator', () => {
    const kk = translation(
      [
        'title: Әлиев Астанаға мемлекеттік сапармен келді',
        'summary: Президенттер Астанада кездеседі.',
        'translator: Әлия',
      ],
      'Президенттер Астанада кездесті; үкімет, ұлт, қала.',
    );
    const az = translation(
      ['title: Əliyev Astanaya dövlət səfəri edir', 'summary: Prezidentlər Astanada görüşür.'],
      'Prezidentlər görüşdü: şəhər, ğ, ç, ö, ü, ı.',
    );
    expect(
      linesWith({ [RU.replace('.ru.', '.kk.')]: kk, [RU.replace('.ru.', '.az.').replace('.mdx', '.md')]: az }),
    ).toEqual([]);
  });

  it('with a byte order mark and Windows line endings, lines still counted right', () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    expect(linesWith({ [RU]: crlf(VALID_RU) })).toEqual([]);
    expect(linesWith({ [RU]: crlf(translation([...RU_FIELDS, 'date: "2025-10-20"'])) })).toEqual([
      expect.stringMatching(new RegExp(`^${RU}:4: date: remove \`date\`: a translation takes dates from the original`)),
    ]);
  });

  it('that keeps the original’s footnotes, their lines copied unchanged', () => {
    const body = 'Президенты встретились.[^a]\n\n[^a]: Article A, Publisher A, 24 October 2025.';
    expect(linesWith({ [ORIGINAL]: citedOriginal(), [RU]: translation(RU_FIELDS, body) })).toEqual([]);
  });
});

describe('a translation holds words only: each fact is refused with the original named', () => {
  it('date, figures, sources: one line each, on its own line, naming the original and the fix', () => {
    const text = translation([
      ...RU_FIELDS,
      'date: "2025-10-21"',
      'sources: [article-a]',
      'figures:',
      '  - label: Trade',
      '    value: 1',
      '    unit: "%"',
      '    source: article-a',
    ]);
    expect(linesWith({ [RU]: text })).toEqual([
      `${RU}:4: date: remove \`date\`: a translation takes dates from the original entry ${ORIGINAL} — it holds only title, summary (and translator) above the translated text, so it can never disagree with the original on a fact`,
      `${RU}:5: sources: remove \`sources\`: a translation takes sources from the original entry ${ORIGINAL} — it holds only title, summary (and translator) above the translated text, so it can never disagree with the original on a fact`,
      `${RU}:6: figures: remove \`figures\`: a translation takes figures from the original entry ${ORIGINAL} — it holds only title, summary (and translator) above the translated text, so it can never disagree with the original on a fact`,
    ]);
  });

  it('people or kind likewise; a field no entry has is a plain unknown field, and a missing summary is still said', () => {
    const text = translation([RU_FIELDS[0]!, 'people: [ilham-aliyev]', 'kind: visit', 'sumary: Президенты.']);
    expect(linesWith({ [RU]: text })).toEqual([
      expect.stringMatching(new RegExp(`^${RU}:3: people: remove \`people\`: a translation takes its people from`)),
      expect.stringMatching(new RegExp(`^${RU}:4: kind: remove \`kind\`: a translation takes its kind from`)),
      `${RU}:5: sumary: unknown field "sumary" — did you mean "summary"? Correct the spelling`,
    ]);
  });

  it('the house style of titles and summaries applies in every language', () => {
    const text = translation(['title: Алиев в Астане.', 'summary: Президенты встречаются в Астане']);
    expect(linesWith({ [RU]: text })).toEqual([
      `${RU}:2: title: the title ends with a full stop — a headline has none: remove it`,
      `${RU}:3: summary: the summary does not end with a full stop — write it as one sentence ending in "."`,
    ]);
  });
});

describe('what the file name says must hold', () => {
  it('an unknown original, with the entry it was probably meant for', () => {
    const file = 'entries/2025/2025-10-20-aliyev-in-astna.ru.mdx';
    expect(linesWith({ [file]: VALID_RU })).toEqual([
      `${file}:1: (file): no entry has the id "2025-10-20-aliyev-in-astna" — did you mean "2025-10-20-aliyev-in-astana"? a translation is named after the entry it translates (<entry id>.ru.mdx) and sits beside it`,
    ]);
  });

  it('an unknown language code, English included', () => {
    for (const [lang, hint] of [
      ['de', ''],
      ['rus', 'did you mean "ru"? '],
      ['en', ''],
    ]) {
      const file = RU.replace('.ru.', `.${lang}.`);
      expect(linesWith({ [file]: VALID_RU })).toEqual([
        `${file}:1: (file): unknown language "${lang}" in the file name — ${hint}name a translation <entry id>.<language>.mdx, the language one of ru, kk, az (English is the original)`,
      ]);
    }
  });

  it('a translation of a draft', () => {
    const draft = 'entries/2025/2025-11-a-draft.mdx';
    const files = eventEntry('2025-11-a-draft', '2025-11', { draft: true });
    expect(linesWith({ ...files, [draft.replace('.mdx', '.kk.mdx')]: VALID_RU })).toEqual([
      `entries/2025/2025-11-a-draft.kk.mdx:1: (file): ${draft} is a draft, which the site does not publish — translate it once it is published (remove draft: true from it), or remove this file for now`,
    ]);
  });

  it('a translation away from its original', () => {
    const file = 'entries/2024/2025-10-20-aliyev-in-astana.ru.mdx';
    expect(linesWith({ [file]: VALID_RU })).toEqual([
      `${file}:1: (file): the entry it translates is ${ORIGINAL} — move the translation beside it, to ${RU}`,
    ]);
  });
});

describe('the body', () => {
  it('may not be empty', () => {
    expect(linesWith({ [RU]: translation(RU_FIELDS, '') })).toEqual([
      `${RU}:4: (body): the translation has no text — below the frontmatter, translate the text of ${ORIGINAL}`,
    ]);
  });

  it('holds no code, as an entry’s body holds none', () => {
    expect(linesWith({ [RU]: translation(RU_FIELDS, 'Текст {1 + 1}.\n\n<script>alert(1)</script>') })).toEqual([
      expect.stringMatching(new RegExp(`^${RU}:6:7: \\(body\\) \\{…\\}: \\{1 \\+ 1\\} is a JavaScript expression`)),
      expect.stringMatching(new RegExp(`^${RU}:8:1: \\(body\\) <script>: <script> is not allowed`)),
    ]);
  });

  it('links to entries that exist', () => {
    expect(linesWith({ [RU]: translation(RU_FIELDS, 'См. [запись](../2023-03-first-oli/).') })).toEqual([
      expect.stringMatching(
        new RegExp(`^${RU}:6: \\(body\\) link to \\.\\./2023-03-first-oli/: no entry has the id "2023-03-first-oli"`),
      ),
    ]);
  });
});

describe('citations: exactly the original’s footnotes', () => {
  const withBody = (body: string) => linesWith({ [ORIGINAL]: citedOriginal(), [RU]: translation(RU_FIELDS, body) });
  const line = 'Article A, Publisher A, 24 October 2025.';

  it('a footnote the original does not have', () => {
    expect(withBody(`Текст.[^a] Ещё.[^b]\n\n[^a]: ${line}\n\n[^b]: Статья Б.`)).toEqual([
      `${RU}:6: (body) [^b]: the original entry ${ORIGINAL} has no footnote [^b] — a translation cites only what its original cites ([^a]): use its markers`,
      `${RU}:10: (body) [^b]: the original entry ${ORIGINAL} has no footnote [^b] — a translation cites only what its original cites ([^a]): use its markers`,
    ]);
  });

  it('a footnote line reworded (translated)', () => {
    expect(withBody('Текст.[^a]\n\n[^a]: Статья А, Издатель А, 24 октября 2025 г.')).toEqual([
      `${RU}:8: (body) [^a]: the footnote [^a] is not the original's — copy its line from ${ORIGINAL} unchanged ("${line}"): a citation names the source as it is, and is not translated`,
    ]);
  });

  it('a marker without its footnote line, and a citation left out', () => {
    expect(withBody('Текст.[^a]')).toEqual([
      `${RU}:6: (body) [^a]: [^a] has no footnote line in the translation — copy the line [^a]: … from ${ORIGINAL} below the text, unchanged`,
    ]);
    expect(withBody('Текст без ссылок.')).toEqual([
      `${RU}:6: (body) [^a]: the original entry ${ORIGINAL} cites [^a] and the translation does not — put the marker where the original has it, and copy the line [^a]: … below the text`,
    ]);
  });
});

describe('from disk, through the loader', () => {
  it('the translation is its own collection, with the same problems and lines', () => {
    const ok = check({ [RU]: VALID_RU });
    expect(ok.problems).toEqual([]);
    expect(ok.report).toMatch(/content check: \d+ files, no problems/);
    const bad = check({ [RU]: `\uFEFF${translation([...RU_FIELDS, 'date: "2025-10-20"']).replace(/\n/g, '\r\n')}` });
    expect(bad.lines[0]).toMatch(new RegExp(`^${RU}:4: date: remove \`date\``));
  });

  it('a file whose name starts with _ is left out, as for entries', () => {
    expect(check({ [RU.replace('2025-10', '_2025-10')]: 'not even frontmatter' }).problems).toEqual([]);
  });
});
