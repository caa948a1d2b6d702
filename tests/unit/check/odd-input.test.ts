import { describe, expect, it } from 'vitest';
import { VALID_FILES, eventEntry, visitWith } from '../../helpers/content-fixture';
import { checkInMemory, visitBody, VISIT } from './in-memory';

/** A second entry that links to the visit and names it as related: it must not suffer for the visit's mistakes. */
const LINKER = eventEntry(
  '2025-11-linking-to-the-visit',
  '2025-11',
  { related: ['2025-10-20-aliyev-in-astana'] },
  'See [the visit](/entries/2025-10-20-aliyev-in-astana/).\n',
);

/** Problem lines when the visit is replaced by `text` and the linking entry is present. */
const linesWithVisit = (text: string) => checkInMemory({ ...LINKER, [VISIT]: text }).lines;

describe('odd but valid input is accepted', () => {
  it('a UTF-8 byte order mark before the frontmatter, in an entry and in a YAML file', () => {
    const { lines } = checkInMemory({
      ...LINKER,
      [VISIT]: `\uFEFF${VALID_FILES[VISIT]}`,
      'topics/energy.yaml': `\uFEFF${VALID_FILES['topics/energy.yaml']}`,
    });
    expect(lines).toEqual([]);
  });

  it('Windows line endings (CRLF), with lines still counted right', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    expect(linesWithVisit(crlf(VALID_FILES[VISIT]!))).toEqual([]);
    expect(linesWithVisit(crlf(visitWith(/^kind:/, 'kind: summit')))).toEqual([
      `${VISIT}:3: kind: kind "summit" is unknown — use one of: visit, agreement, event`,
    ]);
    expect(linesWithVisit(`\uFEFF${crlf(visitBody('Text.\n\n{1 + 1}'))}`)).toEqual([
      expect.stringMatching(new RegExp(`^${VISIT}:19:1: \\(body\\) \\{…\\}: \\{1 \\+ 1\\} is a JavaScript expression`)),
    ]);
  });

  it('titles and text in Azerbaijani and Kazakh letters', () => {
    const title = 'Əliyev və Tokayev Astanada görüşür — şəhər, ğ, ç, ö, ü; Қазақстан, үкімет, ұлт, әлем';
    const text = visitWith(/^title:/, `title: ${title}`).replace(
      'Body.',
      'Prezidentlər görüşdü; Президенттер кездесті.',
    );
    expect(linesWithVisit(text)).toEqual([]);
    expect(linesWithVisit(visitWith(/^title:/, `title: "${title}"`))).toEqual([]);
  });
});

describe('each kind of mistake gives one clear line, and nothing else is lost', () => {
  const cases: [string, string, string][] = [
    [
      'broken YAML',
      visitWith(/^title:/, 'title: "unclosed'),
      `${VISIT}:2: (yaml): not valid YAML: Missing closing "quote — check indentation, colons and quotes on this line`,
    ],
    [
      'an unknown reference',
      visitWith(/^places:/, 'places: [astna]'),
      `${VISIT}:8: places[0]: unknown places id "astna" — did you mean "astana"? Otherwise add content/places/astna.yaml`,
    ],
    [
      'a reversed range',
      visitWith(/^date:/, 'date: 2025-10-21/2025-10-20'),
      `${VISIT}:4: date: "2025-10-21/2025-10-20" ends (2025-10-20) before it starts (2025-10-21) — put the earlier date first`,
    ],
    [
      'a misspelt field',
      visitWith(/^summary:/, 'sumary: The presidents meet in Astana.'),
      `${VISIT}:5: sumary: unknown field "sumary" — did you mean "summary"? Correct the spelling`,
    ],
    [
      'a missing kind',
      visitWith(/^kind:/, null),
      `${VISIT}:2: kind: kind is missing — use one of: visit, agreement, event`,
    ],
    [
      'an empty file',
      '',
      `${VISIT}:1: (file): the file is empty — copy an existing entry and change its fields and text`,
    ],
    [
      'a file without frontmatter',
      'Just some text.\n',
      `${VISIT}:1: (frontmatter): no frontmatter — start the file with a line "---", the fields, and another "---" (copy an existing entry)`,
    ],
    [
      'an MDX syntax error',
      visitBody('An {unclosed expression.'),
      `${VISIT}:17:25: (body): the MDX cannot be read: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` — to write < or { as text, write \\< or \\{`,
    ],
    [
      'a broken link to another entry',
      visitBody('[x](/entries/2023-03-first-oyl/)'),
      `${VISIT}:17: (body) link to /entries/2023-03-first-oyl/: no entry has the id "2023-03-first-oyl" — did you mean /entries/2023-03-first-oil/? link to /entries/<id>/, where <id> is the file name of the entry without .mdx`,
    ],
  ];
  for (const [what, text, line] of cases)
    it(what, () => {
      expect(linesWithVisit(text)).toEqual([line]);
    });

  it('a control character after a lone CR in a YAML file, on the line an editor shows it', () => {
    expect(checkInMemory({ 'topics/energy.yaml': '\r\u0001' }).lines).toEqual([
      'topics/energy.yaml:2: (yaml): not valid YAML: the stream contains non-printable characters — check indentation, colons and quotes on this line',
    ]);
  });

  it('a YAML alias to an anchor that does not exist', () => {
    expect(checkInMemory({ 'topics/energy.yaml': 'name: *Energy\n' }).lines).toEqual([
      'topics/energy.yaml:1: (yaml): not valid YAML: Unresolved alias (the anchor must be set before the alias): Energy — check indentation, colons and quotes on this line',
    ]);
  });

  it('a duplicate id', () => {
    const { lines } = checkInMemory({ ...LINKER, 'entries/2024/2025-10-20-aliyev-in-astana.mdx': VALID_FILES[VISIT]! });
    expect(lines).toEqual([
      `entries/2024/2025-10-20-aliyev-in-astana.mdx:2: (file): duplicate id "2025-10-20-aliyev-in-astana": ${VISIT} has the same file name — rename one of them`,
    ]);
  });

  it('several broken files at once: each reported, the valid ones still checked', () => {
    const { lines } = checkInMemory({
      ...LINKER,
      [VISIT]: '',
      'entries/2023/2023-03-first-oil.mdx': visitBody('{x}').replace(
        'date: "2025-10-20/2025-10-21"',
        'date: "2023-03"',
      ),
      'topics/energy.yaml': 'name: [unclosed\n',
    });
    expect(lines.map((l) => l.split(': ')[0])).toEqual([
      'entries/2023/2023-03-first-oil.mdx:17:1',
      `${VISIT}:1`,
      'topics/energy.yaml:2',
    ]);
  });
});

describe('damaged input the fuzz test found', () => {
  it('an empty frontmatter followed by a raw link and a second fence is reported, not thrown', () => {
    const damaged = `---\n---\n<a href="java\tscript:x">---\n${VALID_FILES[VISIT]!.replace(/^---\n/, '')}`;
    let lines: string[] = [];
    expect(() => (lines = linesWithVisit(damaged))).not.toThrow();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith(`${VISIT}:`))).toBe(true);
  });
});
