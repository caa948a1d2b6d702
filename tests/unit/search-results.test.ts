import { describe, expect, it } from 'vitest';
import {
  excerptAddsInformation,
  markWords,
  resultUrl,
  resultView,
  safeExcerpt,
  searchWords,
  statusText,
} from '../../src/lib/search/results';
import { emptyState } from '../../src/lib/search/state';
import { translator } from '../../src/i18n';
import { searchPageWords } from '../../src/lib/search/words';

const EN_WORDS = searchPageWords(translator('en'));

describe('excerpts and marked words', () => {
  it('keeps Pagefind’s <mark> tags and escapes any other markup', () => {
    expect(safeExcerpt('a <mark>BTC</mark> <img src=x onerror=alert(1)> &amp; b & c')).toBe(
      'a <mark>BTC</mark> &lt;img src=x onerror=alert(1)&gt; &amp; b &amp; c',
    );
  });

  it('marks words that start with a searched word, as the result pages do', () => {
    expect(searchWords('  First, Kazakh oil! ')).toEqual(['first', 'kazakh', 'oil']);
    expect(markWords('Kazakhstan <b> ships oil', ['kazakh', 'oil'])).toBe(
      '<mark>Kazakhstan</mark> &lt;b&gt; ships <mark>oil</mark>',
    );
    expect(markWords('toil and soil', ['oil'])).toBe('toil and soil');
  });

  it('shows an excerpt only when it matched a word the title and summary do not show', () => {
    expect(excerptAddsInformation('…Aktau (also <mark>Aqtau</mark>)…', 'Aktau', 'A port.')).toBe(true);
    expect(excerptAddsInformation('…Kazakh <mark>oil</mark> shipped…', 'First oil', 'Kazakh oil through BTC')).toBe(
      false,
    );
    expect(excerptAddsInformation('no marks at all', 'T', 'S')).toBe(false);
  });
});

describe('a result', () => {
  const data = {
    url: '/entries/x/?pagefind-highlight=btc',
    excerpt: 'first <mark>BTC</mark> oil',
    meta: { title: 'First oil', date: 'March 2023', kind: 'Event', status: 'Planned', summary: 'Oil via BTC.' },
    sub_results: [
      { title: 'First oil', url: '/entries/x/?pagefind-highlight=btc', excerpt: 'page' },
      { title: 'Figures', url: '/entries/x/?pagefind-highlight=btc#figures-h', excerpt: '<mark>BTC</mark> 1.2' },
      { title: 'Sources', url: '/entries/x/?pagefind-highlight=btc#sources-h', excerpt: 'x' },
      { title: 'Footnotes', url: '/entries/x/?pagefind-highlight=btc#footnote-label', excerpt: 'x' },
    ],
  };

  it('shows date, kind, planned status and summary with the searched words marked', () => {
    const view = resultView(data, 'btc');
    expect(view).toMatchObject({ title: 'First oil', date: 'March 2023', kind: 'Event', planned: true });
    expect(view.summary).toBe('Oil via <mark>BTC</mark>.');
    expect(view.excerpt).toBe('');
  });

  it('links to matching sections, but not to the page itself or its citations', () => {
    expect(resultView(data, 'btc').sections).toEqual([
      { title: 'Figures', url: '/entries/x/?pagefind-highlight=btc#figures-h', excerpt: '<mark>BTC</mark> 1.2' },
    ]);
  });

  it('leaves out the excerpt when a section link already shows the matched passage', () => {
    const view = resultView(
      {
        ...data,
        excerpt: 'about <mark>qwerty</mark> plans',
        sub_results: [{ title: 'Background', url: '/entries/x/#background', excerpt: 'the <mark>qwerty</mark> plan' }],
      },
      'qwerty',
    );
    expect(view.sections).toHaveLength(1);
    expect(view.excerpt).toBe('');
    expect(resultView({ ...data, excerpt: 'about <mark>qwerty</mark> plans', sub_results: [] }, 'qwerty').excerpt).toBe(
      'about <mark>qwerty</mark> plans',
    );
  });

  it('needs no date for an entity page', () => {
    const view = resultView({ url: '/places/aktau/', excerpt: '', meta: { title: 'Aktau', kind: 'Place' } });
    expect(view.date).toBeUndefined();
    expect(view.planned).toBe(false);
  });
});

describe('result addresses', () => {
  it('drop the empty highlight parameter of a search without words, and keep the rest', () => {
    expect(resultUrl('/entries/x/?pagefind-highlight=')).toBe('/entries/x/');
    expect(resultUrl('/entries/x/?pagefind-highlight=#figures-h')).toBe('/entries/x/#figures-h');
    expect(resultUrl('/entries/x/?pagefind-highlight=btc&pagefind-highlight=oil#f')).toBe(
      '/entries/x/?pagefind-highlight=btc&pagefind-highlight=oil#f',
    );
    expect(resultUrl('/entries/x/?a=1&pagefind-highlight=')).toBe('/entries/x/?a=1');
  });
});

describe('the announced status', () => {
  it('counts results and says what was searched', () => {
    expect(statusText({ ...emptyState(), q: ' btc ' }, 12, EN_WORDS)).toBe('12 results for “btc”.');
    expect(statusText({ ...emptyState(), q: 'x', filters: { kind: ['Visit'] } }, 1, EN_WORDS)).toBe(
      '1 result for “x” with 1 filter.',
    );
    expect(statusText({ ...emptyState(), q: 'zz' }, 0, EN_WORDS)).toBe('No results for “zz”.');
    const RU_WORDS = searchPageWords(translator('ru'));
    expect(statusText({ ...emptyState(), q: 'Токаев', filters: { kind: ['Visit'] } }, 5, RU_WORDS)).toBe(
      '5 результатов по запросу «Токаев» с 1 фильтром.',
    );
  });
});
