/**
 * Issue #16: an entry's translation on the fixtures site (tests/helpers/fixture-site.ts):
 * its Russian page shows the translated title, summary and text in lang="ru" with a note
 * linking to the English original, and keeps the facts of the entry; its Kazakh page
 * falls back to the English text under the "not translated" notice; the English page
 * is unchanged; the Russian search index holds the translated text.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { RU_TRANSLATION, TRANSLATED, TRANSLATED_TITLE } from '../helpers/fixture-site';
import { builtSite } from '../helpers/sites';

const { outDir: OUT } = builtSite('fixtures');
const page = (prefix: string) => readFileSync(path.join(OUT, prefix, 'entries', TRANSLATED, 'index.html'), 'utf8');
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const data = JSON.parse(m[1]!) as { '@graph'?: unknown[] };
    return (data['@graph'] ?? [data]) as Record<string, unknown>[];
  });
const article = (html: string) => jsonLd(html).find((n) => n['@type'] === 'Article');

describe('an entry with a Russian translation', () => {
  const ru = page('ru');

  it('shows the translated title and summary in lang="ru", in the <title>, description and og:title', () => {
    expect(ru).toMatch(/<html lang="ru"/);
    expect(ru).toMatch(new RegExp(`<h1 lang="ru"[^>]*>${RU_TRANSLATION.title}</h1>`));
    expect(ru).toMatch(new RegExp(`<p class="lede" lang="ru"[^>]*>${RU_TRANSLATION.summary}</p>`));
    expect(ru).toMatch(new RegExp(`<title>${RU_TRANSLATION.title} · `));
    expect(ru).toContain(`<meta name="description" content="${RU_TRANSLATION.summary}">`);
    expect(ru).toContain(`<meta property="og:title" content="${RU_TRANSLATION.title}">`);
    // The English title stays only where the original is cited (citation_title) and described (JSON-LD about).
    expect(ru).not.toMatch(new RegExp(`<(h1|title|p)[^>]*>${TRANSLATED_TITLE}`));
  });

  it('shows the translated text in lang="ru", with the original’s footnote', () => {
    expect(ru).toMatch(new RegExp(`<div lang="ru"[^>]*><p>${RU_TRANSLATION.text}<sup><a href="#user-content-fn-a"`));
    expect(ru).not.toContain('<p>Body.');
    expect(ru).toMatch(/<li id="user-content-fn-a">\s*<p>Article A\./);
  });

  it('heads and labels its footnotes in Russian, where the English page keeps English', () => {
    const label = (html: string) => />([^<]*)<\/h2>/.exec(html.slice(html.indexOf('footnote-label')))?.[1];
    const back = (html: string) =>
      /data-footnote-backref[^>]*aria-label="([^"]*)"|aria-label="([^"]*)"[^>]*data-footnote-backref/.exec(html);
    expect(label(ru)).toBe('Примечания');
    expect(back(ru)?.slice(1).find(Boolean)).toBe('Вернуться к ссылке 1');
    const en = page('');
    expect(label(en)).toBe('Footnotes');
    expect(back(en)?.slice(1).find(Boolean)).toBe('Back to reference 1');
  });

  it('says it is translated from English, by whom, and links to the English page; no "not translated" notice', () => {
    expect(ru).not.toContain('data-untranslated');
    const note = ru.match(/<p class="translated[^"]*"[^>]*data-translated[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
    expect(note).toContain(`Перевод с английского: ${RU_TRANSLATION.translator}.`);
    // hreflang keeps the link English (src/lib/urls/localise-links.ts would give it the /ru/ prefix).
    expect(note).toMatch(new RegExp(`<a href="/entries/${TRANSLATED}/" hreflang="en"[^>]*>Читать оригинал</a>`));
  });

  it('keeps the facts of the original: date, sources, in English', () => {
    expect(ru).toContain('datetime="2024-04-02"');
    expect(ru).toContain('>Источники</h2>');
    expect(ru).toMatch(/<div class="prose" lang="en"/);
  });

  it('describes itself in JSON-LD as the Russian translation of the English article', () => {
    expect(article(ru)).toMatchObject({
      '@id': `https://kz-az-timeline.example.org/ru/entries/${TRANSLATED}/#article`,
      headline: RU_TRANSLATION.title,
      description: RU_TRANSLATION.summary,
      inLanguage: 'ru',
      translationOfWork: { '@id': `https://kz-az-timeline.example.org/entries/${TRANSLATED}/#article` },
    });
  });

  it('puts the translated text in the Russian search index', () => {
    const dir = path.join(OUT, 'pagefind', 'fragment');
    // Each fragment is a signature ("pagefind_dcd") and JSON.
    const fragments = readdirSync(dir).map((f) => {
      const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
    });
    const fragment = fragments.find((f) => f.url === `/ru/entries/${TRANSLATED}/`);
    expect(fragment?.content).toContain(RU_TRANSLATION.text);
    expect(fragment?.content).toContain(RU_TRANSLATION.title);
    expect(fragment?.meta).toMatchObject({ summary: RU_TRANSLATION.summary });
    expect(readdirSync(path.join(OUT, 'pagefind')).some((f) => /^pagefind\.ru_.*\.pf_meta$/.test(f))).toBe(true);
  });
});

describe('the same entry without a translation', () => {
  it('falls back to the English text in Kazakh, marked lang="en", under the notice', () => {
    const kk = page('kk');
    expect(kk).toContain('data-untranslated');
    expect(kk).not.toContain('data-translated');
    expect(kk).toMatch(new RegExp(`<h1 lang="en"[^>]*>${TRANSLATED_TITLE}</h1>`));
    expect(kk).toMatch(new RegExp(`<title>${TRANSLATED_TITLE} · `));
    expect(kk).not.toContain(RU_TRANSLATION.text);
    expect(article(kk)).toMatchObject({ headline: TRANSLATED_TITLE, inLanguage: 'en' });
  });

  it('is unchanged in English', () => {
    const en = page('');
    expect(en).not.toMatch(/data-(un)?translated/);
    expect(en).toMatch(new RegExp(`<h1[^>]*>${TRANSLATED_TITLE}</h1>`));
    expect(en).not.toMatch(/<h1 lang=/);
    expect(en).not.toContain(RU_TRANSLATION.title);
  });

  it('is no entry of its own: no page for the translation file, in any language', () => {
    for (const prefix of ['', 'ru', 'kk', 'az'])
      expect(existsSync(path.join(OUT, prefix, 'entries', `${TRANSLATED}.ru`))).toBe(false);
    expect(readFileSync(path.join(OUT, 'entries.json'), 'utf8')).not.toContain(`${TRANSLATED}.ru`);
  });
});
