import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, stableHash } from '../../src/lib/incremental/stable-hash';
import { storedEntryIdentity } from '../../src/lib/incremental/stored-entry';

// The cacheKey of a page (src/queries/cache-key.ts): equal for values that print the same
// page, different as soon as anything shown differs.
describe('stableHash', () => {
  it('does not depend on the order keys were written in', () => {
    expect(stableHash({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(stableHash({ b: { d: 'x', c: [1, 2] }, a: 1 }));
  });

  it('changes with any value, however deep', () => {
    const page = { entry: { title: 'First oil', figures: [{ value: 470 }] }, neighbours: ['a', 'b'] };
    const base = stableHash(page);
    expect(stableHash({ ...page, entry: { ...page.entry, title: 'First oil.' } })).not.toBe(base);
    expect(stableHash({ ...page, entry: { ...page.entry, figures: [{ value: 471 }] } })).not.toBe(base);
    expect(stableHash({ ...page, neighbours: ['b', 'a'] })).not.toBe(base);
    expect(stableHash('1')).not.toBe(stableHash(1));
  });

  it('keeps the order of arrays, and reads Maps, Sets, Dates and URLs by their contents', () => {
    const canonical = (v: unknown) => JSON.parse(canonicalJson(v)!) as unknown;
    expect(
      canonical(
        new Map([
          ['b', 2],
          ['a', 1],
        ]),
      ),
    ).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(canonical(new Set(['b', 'a']))).toEqual(['a', 'b']);
    expect(canonical(new Date('2025-10-20T00:00:00Z'))).toBe('2025-10-20T00:00:00.000Z');
    expect(canonical(new URL('https://example.org/a/'))).toBe('https://example.org/a/');
    expect(stableHash(new Map([['a', 1]]))).not.toBe(stableHash(new Map([['a', 2]])));
  });

  it('writes JSON: what JSON.parse reads back is the value, keys sorted', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value)!;
        // JSON has no -0: it reads back as 0, as JSON.stringify writes it.
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
    expect(canonicalJson({ b: [1, 'x', null, { d: true, c: -0.5 }], a: '"\\n' })).toBe(
      '{"a":"\\"\\\\n","b":[1,"x",null,{"c":-0.5,"d":true}]}',
    );
    expect(canonicalJson({ 10: 'a', 9: 'b', x: undefined })).toBe('{"10":"a","9":"b"}');
    expect(canonicalJson([undefined, Number.NaN])).toBe('[null,"NaN"]');
  });

  it('leaves out undefined fields, as the page does', () => {
    expect(stableHash({ a: 1, note: undefined })).toBe(stableHash({ a: 1 }));
  });

  it('refuses a function, which has no stable form', () => {
    expect(() => stableHash({ render: () => 1 })).toThrow(/no stable form/);
  });

  describe('a stored content entry stands as its file: collection, id, path and digest', () => {
    const entry = (digest: string, body: string) => ({
      id: 'x',
      collection: 'entries',
      filePath: 'content/entries/2025/x.mdx',
      digest,
      data: { title: 'X' },
      body,
      rendered: { html: `<p>${body}</p>`, metadata: {} },
    });
    const key = (value: unknown) => stableHash({ props: { entry: value, neighbours: [value] } }, storedEntryIdentity);

    it('keys the same file the same, and another text of it (another digest) differently', () => {
      expect(key(entry('d1', 'Text.'))).toBe(key(entry('d1', 'Text.')));
      expect(key(entry('d2', 'Text, edited.'))).not.toBe(key(entry('d1', 'Text.')));
      expect(key({ ...entry('d1', 'Text.'), filePath: 'content/entries/2026/x.mdx' })).not.toBe(
        key(entry('d1', 'Text.')),
      );
    });

    it('writes the identity in place of the whole entry, wherever it is nested', () => {
      const text = canonicalJson({ list: [entry('d1', 'A long body.')] }, storedEntryIdentity)!;
      expect(text).toBe(
        '{"list":[{"collection":"entries","digest":"d1","filePath":"content/entries/2025/x.mdx","id":"x"}]}',
      );
    });

    it('hashes anything else whole: a view model, or an entry rebuilt without its digest', () => {
      const rebuilt = { id: 'x', data: { title: 'X' }, body: 'One.' };
      expect(storedEntryIdentity(rebuilt)).toBeUndefined();
      expect(key(rebuilt)).not.toBe(key({ ...rebuilt, body: 'Two.' }));
      expect(storedEntryIdentity({ collection: 'entries', id: 'x', digest: 'd1' })).toBeUndefined();
    });
  });
});
