/**
 * The content of the "fixtures" site, which the global setup builds once for every test
 * that needs a small site of known content instead of the real one:
 * - a draft and its published neighbour (tests/build/drafts.test.ts),
 * - an entry with Markdown headings, so that a search result links to a section
 *   (tests/e2e/search-sections.test.ts),
 * - the entry, person and source that `npm run new -- ARGS` writes (tests/build/contributor.test.ts),
 * - two corrections on the published neighbour, and one on the draft that must not show
 *   (tests/build/changes.test.ts),
 * - an entry with a Russian translation and none in Kazakh or Azerbaijani
 *   (tests/build/translations.test.ts),
 * - odd but valid files: one after a byte order mark, one with Windows line ends, titled in
 *   Azerbaijani and Kazakh letters (tests/build/bad-entry.test.ts),
 * on top of the small valid folder of content-fixture.ts and the corpus's places (the map
 * page cannot be built without them).
 */
import { corpusPlaces, entryText, eventEntry } from './content-fixture';

export const DRAFT = '2024-06-12-draft-about-zebra-pipelines';
export const DRAFT_TITLE = 'Unpublished zebra pipeline draft';
export const PUBLISHED = '2024-05-20-published-neighbour';
export const PUBLISHED_TITLE = 'Published neighbour of the draft';

export const SECTIONS = '2023-03-05-sections-test';

/** Issue #16: an entry translated into Russian only, and its translation's words. */
export const TRANSLATED = '2024-04-02-translated-entry';
export const TRANSLATED_TITLE = 'An entry with a Russian translation';
export const RU_TRANSLATION = {
  title: 'Запись с переводом на русский язык',
  summary: 'Краткое изложение записи на русском языке.',
  text: 'Текст переведённой записи: нефтепровод и танкеры у Актау.',
  translator: 'Тестовый переводчик',
};

/** Odd but valid files: a byte order mark before the frontmatter, and CRLF line ends throughout. */
export const ODD_INPUT = {
  bom: { id: '2024-03-10-entry-after-a-byte-order-mark', title: 'Əliyev Astanada: şəhər, ğ, ç' },
  crlf: { id: '2024-03-11-entry-with-windows-line-ends', title: 'Қазақстан мұнайы BTC арқылы: ү, ұ, қ, ә' },
};
const oddInputFiles = (): Record<string, string> => {
  const { bom, crlf } = ODD_INPUT;
  const [bomFile, bomText] = Object.entries(eventEntry(bom.id, '2024-03-10', { title: bom.title }))[0]!;
  const [crlfFile, crlfText] = Object.entries(eventEntry(crlf.id, '2024-03-11', { title: crlf.title }))[0]!;
  return { [bomFile]: `\uFEFF${bomText}`, [crlfFile]: crlfText.replace(/\n/g, '\r\n') };
};

/** The corrections of PUBLISHED, as written (oldest first); the page prints them newest first. */
export const CORRECTIONS = [
  { date: '2024-06-01', text: 'An earlier version gave the wrong day of the meeting.' },
  { date: '2024-07-15', text: 'An earlier version misspelt the name of the port.' },
];

/** The entry `npm run new -- NEW_ENTRY_ARGS` writes. */
export const NEW_ENTRY_ID = '2025-03-03-jane-doe-visits-astana-for-talks-on-the-middle-corridor';
export const NEW_ENTRY_ARGS = [
  '--kind',
  'visit',
  '--title',
  'Jane Doe visits Astana for talks on the Middle Corridor',
  '--date',
  '2025-03-03',
  '--summary',
  'Azerbaijan’s transport minister Jane Doe meets Kazakh officials in Astana.',
  '--topics',
  'diplomacy,energy',
  '--places',
  'astana',
  '--new-person',
  'name=Jane Doe;role=Minister of Transport of Azerbaijan;country=AZ',
  '--new-source',
  'title=Jane Doe in Astana;publisher=Example Wire;published=2025-03-04;url=https://example.org/jane-doe',
  '--visitors',
  'jane-doe',
  '--hosts',
  'kassym-jomart-tokayev',
  '--from',
  'AZ',
  '--to',
  'KZ',
  '--level',
  'ministerial',
];

/** The files of the fixtures site before `npm run new` adds its entry. */
export function fixtureSiteFiles(): Record<string, string> {
  return {
    ...corpusPlaces(),
    ...eventEntry(DRAFT, '2024-06-12', {
      title: DRAFT_TITLE,
      draft: true,
      people: ['ilham-aliyev'],
      corrections: [{ date: '2024-06-20', text: 'A zebra correction of the unpublished draft.' }],
    }),
    ...eventEntry(PUBLISHED, '2024-05-20', {
      title: PUBLISHED_TITLE,
      people: ['ilham-aliyev'],
      corrections: CORRECTIONS,
    }),
    ...eventEntry(TRANSLATED, '2024-04-02', { title: TRANSLATED_TITLE }),
    ...oddInputFiles(),
    // The translation carries words only; its footnote line is the original's, copied unchanged.
    [`entries/2024/${TRANSLATED}.ru.mdx`]: [
      '---',
      `title: ${RU_TRANSLATION.title}`,
      `summary: ${RU_TRANSLATION.summary}`,
      `translator: ${RU_TRANSLATION.translator}`,
      '---',
      '',
      `${RU_TRANSLATION.text}[^a]`,
      '',
      '[^a]: Article A.',
      '',
    ].join('\n'),
    [`entries/2023/${SECTIONS}.mdx`]: entryText(
      {
        title: 'An entry with sections',
        kind: 'event',
        date: '2023-03-05',
        summary: 'Used by the search tests.',
        topics: ['energy'],
        sources: ['article-a'],
      },
      [
        'Opening words.',
        '',
        '## Background of the route',
        '',
        'The tanker route by way of Qwertyport.',
        '',
        '## What comes next',
        '',
        'More shipments.',
        '',
      ].join('\n'),
    ),
  };
}
