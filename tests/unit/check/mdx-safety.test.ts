import { describe, expect, it } from 'vitest';
import { ALLOWED_ELEMENTS } from '../../../src/check/index';
import { checkInMemory, visitBody, VISIT } from './in-memory';

/** Printed problem lines for the visit entry with `body` (the body starts on line 17). */
const linesFor = (body: string, file = VISIT) => checkInMemory({ [VISIT]: null, [file]: visitBody(body) }).lines;
const fieldsFor = (body: string) =>
  checkInMemory({ [VISIT]: visitBody(body) }).problems.map((p) => `${p.line}:${p.column} ${p.field}`);

describe('entry bodies are data: the check refuses code', () => {
  it('refuses the import, the export and the script of issue #17, each with line, column, why and what instead', () => {
    const lines = linesFor(
      [
        "import { writeFileSync } from 'node:fs';",
        "export const x = writeFileSync('written-by-an-entry.txt', 'hello');",
        '',
        "<script>{`document.title = 'changed by an entry'`}</script>",
      ].join('\n'),
    );
    expect(lines).toEqual([
      `${VISIT}:17:1: (body) import/export: "import { writeFileSync } from 'node:fs';" is JavaScript, which runs on the machine that builds the site — remove it; an entry is data: write the facts in the frontmatter and the text in Markdown`,
      `${VISIT}:20:1: (body) <script>: <script> is not allowed in an entry: a script would run in every reader’s browser — remove it; an entry is data: write the facts in the frontmatter and the text in Markdown`,
    ]);
  });

  it('refuses an export on its own', () => {
    expect(fieldsFor('Text.\n\nexport const meta = { a: 1 };')).toEqual(['19:1 (body) import/export']);
  });

  it('refuses JavaScript expressions in text, in flow and in attributes, but not MDX comments', () => {
    expect(fieldsFor('Trade rose by {1 + 1} per cent.')).toEqual(['17:15 (body) {…}']);
    expect(linesFor('{process.env.HOME}')[0]).toBe(
      `${VISIT}:17:1: (body) {…}: {process.env.HOME} is a JavaScript expression, which runs when the site is built — write the text itself; for a literal brace write \\{, for a note to editors {/* … */}`,
    );
    expect(fieldsFor('<abbr title={x}>A</abbr>')).toEqual(['17:7 (body) <abbr title>']);
    expect(fieldsFor('<a {...props} href="/">A</a>')).toEqual(['17:4 (body) <a {…}>']);
    expect(fieldsFor('Text {/* a note to editors */} and more.\n\n{/* on its own line */}')).toEqual([]);
  });

  it('refuses script, style, iframe, object, embed and form, as flow or inline', () => {
    for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'form']) {
      const [line] = linesFor(`Text <${tag}>x</${tag}> more.`);
      expect(line).toMatch(
        new RegExp(`^${VISIT}:17:6: \\(body\\) <${tag}>: <${tag}> is not allowed in an entry: .+ — remove it;`),
      );
    }
    expect(fieldsFor('<SCRIPT src="x.js"></SCRIPT>')).toEqual(['17:1 (body) <SCRIPT>']);
  });

  it('refuses event handlers, whatever their case', () => {
    expect(linesFor('<abbr onmouseover="alert(1)" title="t">A</abbr>')[0]).toBe(
      `${VISIT}:17:7: (body) <abbr onmouseover>: onmouseover= is an event handler, a script that runs in the reader’s browser — remove it; an entry cannot react to clicks`,
    );
    expect(fieldsFor('<a href="/" onClick="x()">A</a>')).toEqual(['17:13 (body) <a onClick>']);
  });

  it('refuses javascript:, vbscript: and data: addresses in links, images, definitions and href', () => {
    expect(linesFor('[click](javascript:alert(1))')[0]).toBe(
      `${VISIT}:17:1: (body) link: the link to javascript:alert(1) uses a javascript: address, which runs code or carries a hidden document instead of leading to a page — link to an https:// address or a page of this site`,
    );
    const body = [
      '![x](data:image/svg+xml;base64,PHN2Zz4=)',
      '',
      '[ref]: vbscript:msgbox',
      '',
      '<a href="JaVaScRiPt:alert(1)">A</a>',
    ].join('\n');
    expect(fieldsFor(body)).toEqual(['17:1 (body) image', '19:1 (body) definition', '21:4 (body) <a href>']);
  });

  it('sees through character references, case, tabs, newlines and spaces in a scheme', () => {
    expect(fieldsFor('[a](&#106;avascript:alert(1))')).toEqual(['17:1 (body) link']);
    expect(fieldsFor('[a](<  JAVA\tscript:alert(1)>)')).toEqual(['17:1 (body) link']);
    expect(fieldsFor('<a href="&#x6A;ava&#x0A;script&colon;x">A</a>')).toEqual(['17:4 (body) <a href>']);
    expect(fieldsFor('<a href=" data:text/html,x">A</a>')).toEqual(['17:4 (body) <a href>']);
  });

  it('refuses elements and attributes outside the allowlist, and names what is allowed', () => {
    expect(linesFor('<Chart data="trade" />')[0]).toBe(
      `${VISIT}:17:1: (body) <Chart>: <Chart> is not one of the elements an entry may use (<a>, <abbr>, <sub>, <sup>, <br>) — write it in Markdown, or ask for the element in an issue`,
    );
    expect(fieldsFor('<>fragment</>')).toEqual(['17:1 (body) <>']);
    expect(linesFor('<a href="/" style="color:red">A</a>')[0]).toBe(
      `${VISIT}:17:13: (body) <a style>: <a> may not carry style= — allowed: href, title`,
    );
  });

  it('accepts every allowlisted element written as its documented example', () => {
    for (const [name, { example }] of Object.entries(ALLOWED_ELEMENTS))
      expect(fieldsFor(`Text ${example} text.`), name).toEqual([]);
  });

  it('accepts plain Markdown, GFM tables, footnotes, task lists, code and https links', () => {
    const body = [
      '# Heading',
      '',
      'Some *emphasis*, **strong**, ~~struck~~ and `inline {code}`; a [link](https://example.org/a?b=c) and https://example.org.',
      '',
      '| Year | Trade |',
      '| ---- | ----: |',
      '| 2024 | 470   |',
      '',
      '- [x] done',
      '- [ ] to do',
      '',
      'A claim.[^a]',
      '',
      '[^a]: Article A.',
      '',
      '```mdx',
      "import x from 'y';",
      '<script>alert(1)</script>',
      '```',
    ].join('\n');
    expect(fieldsFor(body)).toEqual([]);
  });

  it('reports an MDX syntax error with line and column, not a stack trace, and checks the other files', () => {
    const { problems, lines } = checkInMemory({
      [VISIT]: visitBody('First line.\n\nAn <abbr title="x">unclosed element.'),
      'entries/2023/2023-03-first-oil.mdx': null,
      'entries/2023/2023-03-other.mdx': visitBody('[x](/entries/nowhere/)').replace(
        'date: "2025-10-20/2025-10-21"',
        'date: "2023-03"',
      ),
    });
    expect(lines.find((l) => l.startsWith(VISIT))).toMatch(
      new RegExp(
        `^${VISIT}:19:\\d+: \\(body\\): the MDX cannot be read: Expected a closing tag for \`<abbr>\` .* — to write < or \\{ as text, write \\\\< or \\\\\\{$`,
      ),
    );
    // The other entry is still checked: its broken link is reported.
    expect(problems.map((p) => `${p.file} ${p.field}`)).toContain(
      'entries/2023/2023-03-other.mdx (body) link to /entries/nowhere/',
    );
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('refuses raw HTML in a .md entry, where it is not parsed as JSX', () => {
    const md = VISIT.replace('.mdx', '.md');
    expect(linesFor('Text.\n\n<div onclick="x()">hi</div>', md)).toEqual([
      `${md}:19:1: (body) HTML: raw HTML (<div onclick="x()">hi</div>) in a .md entry reaches readers unchecked — write it in Markdown, or rename the file to .mdx and use one of <a>, <abbr>, <sub>, <sup>, <br>`,
    ]);
  });
});
