/**
 * MDX entry bodies rendered as HTML when the content is loaded (src/integrations/bodies-as-html.ts):
 * read with MDX's syntax, as the MDX compiler read them, and nothing but Markdown's own
 * markup and the allowlist's elements reaches the HTML, whatever the body holds.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALLOWED_ELEMENTS } from '../../src/check/index';
import { mdxRenderer, renderBody } from '../../src/integrations/bodies-as-html';
import { markdownProcessor } from '../../src/integrations/markdown';
import { readSources } from '../../src/check/load-content';
import { parseBody } from '../../src/check/mdx/parse-body';
import { parseSource } from '../../src/check/source';
import { handOver } from '../../src/integrations/parsed-bodies';
import { generateCorpus } from '../../bench/generate';
import { ROOT } from '../helpers/astro';
import { eventEntry } from '../helpers/content-fixture';
import { ODD_INPUT } from '../helpers/fixture-site';

/** Astro's defaults for the settings astro.config.mjs leaves alone. */
const renderer = (base = '/') =>
  mdxRenderer({
    markdown: { processor: markdownProcessor(base), syntaxHighlight: false, gfm: true, smartypants: true },
    image: {},
  } as unknown as Parameters<typeof mdxRenderer>[0]);
const site = renderer();
const html = async (body: string, file?: string) =>
  (await renderBody(await site, body, file ? new URL(`file:///c/entries/2025/${file}`) : undefined)).html;

describe('an MDX body is read as MDX reads it', () => {
  it('drops notes to editors, inline, on their own line and inside a paragraph, as MDX does', async () => {
    expect(await html('Text {/* a note */} and more.')).toBe('<p>Text  and more.</p>');
    expect(await html('One.\n\n{/* alone */}\n\nTwo.')).toBe('<p>One.</p>\n<p>Two.</p>');
    // A note on its own line ends the paragraph before it (MDX's flow expression).
    expect(await html('Line one\n{/* between */}\nLine two')).toBe('<p>Line one</p>\n<p>Line two</p>');
  });

  it('has no indented code: four spaces of indent stay a paragraph', async () => {
    expect(await html('First.\n\n    Indented after a blank line.')).toBe(
      '<p>First.</p>\n<p>Indented after a blank line.</p>',
    );
  });

  it('renders the allowed elements with their allowed attributes, inline, as a block and in a table', async () => {
    expect(await html("A <abbr title='Trans-Caspian route'>TITR</abbr> of CO<sub>2</sub> in m<sup>3</sup>.")).toBe(
      '<p>A <abbr title="Trans-Caspian route">TITR</abbr> of CO<sub>2</sub> in m<sup>3</sup>.</p>',
    );
    expect(await html('| a |\n| - |\n| one<br />two |')).toContain('<td>one<br>two</td>');
    expect(await html("<a href='/entries/x/' title='X'>x</a> starts a line.")).toBe(
      '<p><a href="/entries/x/" title="X">x</a> starts a line.</p>',
    );
  });

  it('keeps Markdown: GFM tables, footnotes, smart quotes, escaped braces, headings with ids', async () => {
    const out = await html('## A heading\n\nSaid "so" -- and \\{ more \\}.[^1]\n\n[^1]: The note.');
    expect(out).toContain('<h2 id="a-heading">A heading</h2>');
    expect(out).toContain('Said “so” — and { more }.');
    expect(out).toMatch(
      /<section data-footnotes[^>]*class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes<\/h2>/,
    );
  });

  it('gives links from the site root the base path, and heads a translation’s footnotes in its language', async () => {
    const prefixed = await renderer('/kz-az/');
    expect((await renderBody(prefixed, 'See [the visit](/entries/x/).')).html).toBe(
      '<p>See <a href="/kz-az/entries/x/">the visit</a>.</p>',
    );
    expect(await html('Text.[^1]\n\n[^1]: Note.', '2025-01-01-x.ru.mdx')).toContain('>Примечания</h2>');
  });
});

describe('nothing else reaches the HTML (the content check refuses all of it first)', () => {
  // Astro's renderer prints the parser's error before it throws it.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('drops code, refused elements, handlers and unsafe addresses', async () => {
    const out = await html(
      [
        "export const x = 'ran';",
        '',
        'Sum {1 + 1} here.',
        '',
        '<script>{`alert(1)`}</script>',
        '',
        '<Script src="x.js" />',
        '',
        '<a href="javascript:alert(1)" onclick="alert(2)" title="t">click</a> and <img src="x" onerror="alert(3)" />',
        '',
        '[link](javascript:alert(4)) and [ok](https://example.org/)',
      ].join('\n'),
    );
    expect(out).toBe(
      '<p>Sum  here.</p>\n<p><a title="t">click</a> and </p>\n<p> and <a href="https://example.org/">ok</a></p>',
    );
  });

  it('stops on what MDX cannot read (raw HTML comments, autolinks) instead of passing it on', async () => {
    await expect(html('<!-- <script>alert(1)</script> -->')).rejects.toThrow();
    await expect(html('<https://example.org/>')).rejects.toThrow();
  });

  /** What Markdown itself writes, besides the allowlist. */
  const MARKDOWN = new Set(
    'p a em strong del code pre ul ol li blockquote h1 h2 h3 h4 h5 h6 hr br table thead tbody tr th td input img section sup span'.split(
      ' ',
    ),
  );
  const PIECES = [
    '<script>alert(1)</script>',
    '<style>p{}</style>',
    '<iframe src="https://x.org/"></iframe>',
    '<a href="javascript:alert(1)">a</a>',
    '<a href=" jav&#x61;script:alert(1)">a</a>',
    '<abbr title="t" onmouseover="alert(1)">A</abbr>',
    '<sub style="x">2</sub>',
    '<img src="x" onerror="alert(1)" />',
    '<svg onload="alert(1)" />',
    '{/* note */}',
    '{alert(1)}',
    '\\<script>',
    '&lt;script&gt;',
    '`<script>`',
    '[x](javascript:alert(1))',
    '![x](data:text/html,hi)',
    '    <script>alert(1)</script>',
    '<br />',
    'text',
    '\n',
    '\n\n',
    '| a |\n| - |\n| <b>x</b> |',
    '- item <sup onclick="x">1</sup>',
    '> quote <form action="/x"><input /></form>',
  ];

  it('for any body it can read, writes only Markdown’s elements and the allowed ones, with no handler or unsafe address', async () => {
    const r = await site;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), async (pieces) => {
        let out: string;
        try {
          out = (await renderBody(r, pieces.join(' '))).html;
        } catch {
          return; // unreadable as MDX: nothing is written (the check names the line)
        }
        const { document } = parseHTML(`<!doctype html><html><body>${out}</body></html>`);
        for (const el of document.body.querySelectorAll('*')) {
          const name = el.localName;
          expect(MARKDOWN.has(name) || Object.hasOwn(ALLOWED_ELEMENTS, name), `${name} in ${out}`).toBe(true);
          for (const attr of el.attributes) {
            expect(attr.name.startsWith('on'), `${attr.name} in ${out}`).toBe(false);
            // As a browser reads a scheme: without spaces and control characters, in any case.
            const scheme = [...attr.value].filter((c) => c.codePointAt(0)! > 0x20).join('');
            expect(scheme.toLowerCase()).not.toMatch(/^(javascript|vbscript|data):/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a body the content check parsed is not parsed again (src/integrations/parsed-bodies.ts)', () => {
  /** A renderer that counts the trees it took from the check. */
  const counting = async () => {
    const taken = { count: 0 };
    const r = await mdxRenderer(
      {
        markdown: { processor: markdownProcessor('/'), syntaxHighlight: false, gfm: true, smartypants: true },
        image: {},
      } as unknown as Parameters<typeof mdxRenderer>[0],
      taken,
    );
    return { taken, render: async (body: string) => (await renderBody(r, body)).html };
  };
  /** A body as the check reads it (frontmatter blanked, lines kept) and as the loader gets it (trimmed). */
  const asChecked = (body: string) => `   \n   \n${body}\n`;

  it('renders from the tree handed over, once, and parses the body itself after that', async () => {
    const { taken, render } = await counting();
    // The tree of another text: what is rendered shows which tree was used.
    handOver(asChecked('One.'), parseBody('Another.', true).tree!);
    expect(await render('One.')).toBe('<p>Another.</p>');
    expect(await render('One.')).toBe('<p>One.</p>');
    expect(taken.count).toBe(1);
  });

  it('is handed nothing when trimming could change the parse: text before the first line’s start', async () => {
    const { taken, render } = await counting();
    handOver('  Indented first line.', parseBody('Another.', true).tree!);
    expect(await render('Indented first line.')).toBe('<p>Indented first line.</p>');
    expect(taken.count).toBe(0);
  });

  it('renders every entry body of the record, the odd inputs and the synthetic corpus the same either way', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parsed-bodies-'));
    try {
      generateCorpus(path.join(dir, 'content'), 150, path.join(ROOT, 'content'));
      const { bom, crlf } = ODD_INPUT;
      const odd = {
        ...eventEntry(bom.id, '2024-03-10', { title: bom.title }),
        ...eventEntry(crlf.id, '2024-03-11', { title: crlf.title }),
      };
      const oddSources = Object.entries(odd).map(([file, text], i) => ({
        collection: 'entries' as const,
        file,
        text: i === 0 ? `\uFEFF${text}` : text.replace(/\n/g, '\r\n'),
      }));
      const sources = [...readSources(ROOT), ...readSources(dir, path.join(dir, 'content')), ...oddSources];
      const bodies = sources.flatMap((src) => {
        const parsed = parseSource(src);
        return 'collection' in parsed && parsed.body && src.file.endsWith('.mdx') ? [parsed.body.text] : [];
      });
      expect(bodies.length).toBeGreaterThan(190);
      const { taken, render } = await counting();
      for (const text of bodies) {
        handOver(text, parseBody(text, true).tree!);
        const fromCheck = await render(text.trim());
        expect(await render(text.trim())).toBe(fromCheck);
      }
      expect(taken.count).toBe(bodies.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
