import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { checkSources, formatProblem, readSources, type SourceFile } from '../../../src/check/index';
import { ROOT } from '../../helpers/astro';

// Thousands of damaged copies of real content files: the check must never throw or
// print a stack trace; whatever it finds is a `file:line[:column]: field: message` line.
const CORPUS = readSources(ROOT);
const lines = (text: string) => text.split('\n');
/** Lines as an editor counts them: a lone CR breaks a line too, for editors and for the parsers. */
const editorLines = (text: string) => text.split(/\r\n|\r|\n/).length;

/** One way of damaging a file's text, as a contributor's editor or a bad merge might. */
const mutation: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 })).map(([at, n]) => (t: string) => {
    const l = lines(t);
    l.splice(at % (l.length + 1), n);
    return l.join('\n');
  }),
  fc.nat().map((at) => (t: string) => {
    const l = lines(t);
    const i = at % l.length;
    l.splice(i, 0, l[i]!);
    return l.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: string) => {
    const l = lines(t);
    const [i, j] = [a % l.length, b % l.length];
    [l[i], l[j]] = [l[j]!, l[i]!];
    return l.join('\n');
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 12 })).map(([at, bytes]) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + Buffer.from(bytes).toString('utf8') + t.slice(i);
  }),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom(
        '{',
        '}',
        '<',
        '>',
        '[',
        ']',
        '(',
        ':',
        '---',
        '\n',
        '/',
        '`',
        '\\',
        '\uFEFF',
        '{/*',
        'export ',
        '<a href="java\tscript:x">',
      ),
    )
    .map(([at, s]) => (t: string) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + s + t.slice(i);
    }),
  fc.constantFrom<(t: string) => string>(
    (t) => t.replace(/["']/g, ''),
    (t) => t.replace(/-/g, ''),
    (t) => t.replace(/\n/g, '\r\n'),
    (t) => `\uFEFF${t}`,
    (t) => t.slice(0, Math.floor(t.length / 2)),
  ),
);

/** A damaged copy of one corpus file: a few mutations in a row. */
const damagedFile: fc.Arbitrary<SourceFile> = fc
  .tuple(fc.nat(CORPUS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([i, ms]) => ({ ...CORPUS[i]!, text: ms.reduce((t, m) => m(t), CORPUS[i]!.text) }));

describe('the content check on damaged copies of real files', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never throws or prints, and reports every problem as a file:line message', () => {
    // Nothing may reach the terminal except the report: no warnings, no stack traces.
    const printed = [
      vi.spyOn(process, 'emitWarning'),
      vi.spyOn(console, 'log'),
      vi.spyOn(console, 'warn'),
      vi.spyOn(console, 'error'),
    ];
    expect(CORPUS.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.array(damagedFile, { minLength: 1, maxLength: 8 }), (files) => {
        // Give each copy its own name so that ids do not collide by accident.
        const named = files.map((f, i) => ({ ...f, file: f.file.replace(/(\.\w+)$/, `-${i}$1`) }));
        const problems = checkSources(named, { today: new Date('2026-01-01') });
        const texts = new Map(named.map((f) => [f.file, f.text]));
        for (const p of problems) {
          expect(texts.has(p.file), p.file).toBe(true);
          expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= editorLines(texts.get(p.file)!) + 1).toBe(true);
          expect(p.message.length).toBeGreaterThan(0);
          const line = formatProblem(p);
          expect(line).toMatch(/^[^:\n]+:\d+(:\d+)?: [^\n]*: \S/);
          expect(line).not.toMatch(/\n\s+at |Error:/);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS) || 400 },
    );
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
  });
});
