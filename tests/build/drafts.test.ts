import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { distFiles } from '../helpers/dist';
import { DRAFT, DRAFT_TITLE, PUBLISHED, PUBLISHED_TITLE } from '../helpers/fixture-site';
import { builtSite } from '../helpers/sites';

// The fixtures site (tests/helpers/fixture-site.ts) has one draft: the built site, its
// feeds, exports, sitemap and search index must not mention it, while the published
// entries are all there.
describe('drafts in the built site', () => {
  const { outDir: out, status, output } = builtSite('fixtures');

  // iCalendar folds long lines (a line break and a space); unfold them before searching.
  const read = (rel: string) => readFileSync(path.join(out, rel), 'utf8').replace(/\r?\n[ \t]/g, '');
  const mentionsDraft = (text: string) => text.includes(DRAFT) || text.includes(DRAFT_TITLE);

  it('builds, with no error', () => {
    // Astro's warnings (an empty collection in this small site) say "check … for errors": not errors.
    const lines = output.split('\n').filter((l) => !l.includes('[WARN]'));
    expect(lines.filter((l) => /error/i.test(l))).toEqual([]);
    expect(status).toBe(0);
  });

  it('has no page for the draft, and one for the published entry', () => {
    expect(existsSync(path.join(out, 'entries', DRAFT))).toBe(false);
    expect(existsSync(path.join(out, 'entries', PUBLISHED, 'index.html'))).toBe(true);
  });

  it.each(['rss.xml', 'changes.xml', 'entries.json', 'entries.csv', 'calendar.ics', 'sitemap-0.xml'])(
    'leaves the draft out of %s',
    (rel) => {
      const text = read(rel);
      expect(text.includes(PUBLISHED) || text.includes(PUBLISHED_TITLE)).toBe(true);
      expect(mentionsDraft(text)).toBe(false);
    },
  );

  it('mentions the draft in no built file (lists, topic, person and year pages)', () => {
    const text = distFiles(out).filter((f) => /\.(html|xml|json|csv|ics|txt|js)$/.test(f) && !f.includes('/pagefind/'));
    expect(text.length).toBeGreaterThan(10);
    const mentioning = text.filter((f) => mentionsDraft(readFileSync(f, 'utf8')));
    expect(mentioning.map((f) => path.relative(out, f))).toEqual([]);
  });

  it('leaves the draft out of the search index', () => {
    const dir = path.join(out, 'pagefind', 'fragment');
    const fragments = readdirSync(dir).map((f) => gunzipSync(readFileSync(path.join(dir, f))).toString('utf8'));
    expect(fragments.some((f) => f.includes(PUBLISHED_TITLE))).toBe(true);
    expect(fragments.filter(mentionsDraft)).toEqual([]);
  });
});
