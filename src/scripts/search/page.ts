/**
 * The search page: reads the search from the URL, runs it, draws results and filters,
 * and keeps the URL in step (typing replaces the history entry; a new search, a filter
 * or a sort order adds one, so Back undoes it).
 */
import { resultView, statusText } from '../../lib/search/results';
import {
  activeFilterCount,
  effectiveSort,
  FILTER_KEYS,
  isBlank,
  parseSearchState,
  sameSearch,
  serializeSearchState,
  withFilter,
  type FilterKey,
  type SearchState,
  type SortOrder,
} from '../../lib/search/state';
import { runSearch, type Outcome } from './engine';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind';
import { renderFilters, renderResult, showMessage } from './render';
import { fillIn, type SearchWords } from '../../lib/search/words';

/** Results drawn at a time; "Show more results" draws the next batch. */
const BATCH = 10;
/** Pause after the last keystroke before searching. */
const TYPING_DELAY = 180;

function required<T extends Element>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`search page: missing ${selector}`);
  return el;
}

export function startSearchPage(): void {
  const form = required<HTMLFormElement>('#search-form');
  const input = required<HTMLInputElement>('#search-q');
  const ui = required<HTMLElement>('[data-search-ui]');
  const panel = required<HTMLDetailsElement>('[data-filters-panel]');
  const groups = required<HTMLElement>('[data-filter-groups]');
  const filterSummary = required<HTMLElement>('[data-filter-summary]');
  const clearFilters = required<HTMLButtonElement>('.filters-clear');
  const status = required<HTMLElement>('[data-search-status]');
  const sortSelect = required<HTMLSelectElement>('[data-search-sort]');
  const sortNote = required<HTMLElement>('[data-sort-note]');
  const message = required<HTMLElement>('[data-search-message]');
  const list = required<HTMLOListElement>('[data-search-results]');
  const more = required<HTMLButtonElement>('[data-search-more]');
  const baseTitle = document.title;
  /** The page's words, in its language (rendered by src/pages/search.astro). */
  const words: SearchWords = JSON.parse(ui.dataset.searchWords ?? '{}');

  let state = parseSearchState(location.search);
  let pagefind: Pagefind | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  /** True while the history entry on top was made by typing (typing then replaces it). */
  let typingEntry = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * A search counts only the filters whose chunks are loaded. They are loaded after the
   * first results, so those do not wait for them (at 5,000 entries they are 130 kB).
   */
  let countsLoaded = false;
  const expanded = new Set<FilterKey>();

  ui.hidden = false;
  const wide = matchMedia('(min-width: 60rem)');
  panel.open = wide.matches;
  wide.addEventListener('change', () => (panel.open = wide.matches));

  /** Puts the words of a search into the box, for a search that did not come from typing. */
  function showWords(s: SearchState): void {
    if (input.value.trim() !== s.q.trim()) input.value = s.q;
  }

  /** Everything else that shows the search: sort order, filter summary, title. Never the box: it may be mid-typing. */
  function showControls(s: SearchState): void {
    sortSelect.value = s.sort;
    const n = activeFilterCount(s);
    filterSummary.textContent = n ? fillIn(words.chosen, { count: n.toLocaleString(words.tag) }) : '';
    clearFilters.hidden = n === 0;
    document.title = s.q.trim() ? `${s.q.trim()} – ${baseTitle}` : baseTitle;
  }

  function sortExplanation(s: SearchState): string {
    const sort = effectiveSort(s);
    if (!sort) return '';
    if (s.sort === 'relevance') return words.noWords;
    return words.byDate;
  }

  async function showMore(moveFocus: boolean): Promise<void> {
    const batch = results.slice(shown, shown + BATCH);
    const mine = run;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== run) return;
    const items = data.map((d) => renderResult(resultView(d, state.q), words));
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    more.textContent = fillIn(words.moreCount, { count: (results.length - shown).toLocaleString(words.tag) });
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  async function update(): Promise<void> {
    const mine = ++run;
    const s = state;
    showControls(s);
    if (!pagefind) return;
    list.setAttribute('aria-busy', 'true');
    const started = performance.now();
    const withCounts = countsLoaded;
    const outcome = await runSearch(pagefind, s);
    if (mine !== run) return;
    // (A search without words or filters asks Pagefind for every filter, so it has them all.)
    if (withCounts || isBlank(s)) showFilters(outcome.counts, s);
    results = outcome.results;
    shown = 0;
    list.replaceChildren();
    sortNote.textContent = sortExplanation(s);
    sortNote.hidden = isBlank(s) || !sortNote.textContent;
    if (isBlank(s)) {
      showMessage(message, 'intro');
      status.textContent = '';
      more.hidden = true;
    } else if (results.length === 0) {
      showMessage(message, 'empty');
      message.querySelector<HTMLElement>('[data-empty-filters]')!.hidden = activeFilterCount(s) === 0;
      message.querySelector<HTMLElement>('[data-empty-sort]')!.hidden = effectiveSort(s) === null;
      status.textContent = statusText(s, 0, words);
      more.hidden = true;
    } else {
      showMessage(message, null);
      await showMore(false);
      if (mine !== run) return;
      status.textContent = statusText(s, results.length, words);
    }
    list.setAttribute('data-query', s.q.trim());
    list.removeAttribute('aria-busy');
    // For bench/search.ts and browser tools: when results showed, and how long the search took.
    performance.measure('search', { start: started, detail: s.q.trim() });
  }

  function showFilters(counts: Outcome['counts'], s: SearchState): void {
    renderFilters(groups, counts, s, expanded, words);
    groups.dataset.counted = 'true';
    performance.mark('search:filters');
  }

  /** Draws the filters with their counts once every filter chunk has loaded. */
  async function loadCounts(pf: Pagefind): Promise<void> {
    await pf.filters();
    countsLoaded = true;
    const mine = run;
    const s = state;
    const outcome = await runSearch(pf, s);
    if (mine === run) showFilters(outcome.counts, s);
  }

  /** Moves to a new search, recording it in the history the way `how` says. */
  function go(next: SearchState, how: 'typing' | 'push'): void {
    if (sameSearch(next, state)) {
      state = next;
      return;
    }
    const url = `${location.pathname}${serializeSearchState(next)}`;
    if (how === 'typing' && typingEntry) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    typingEntry = how === 'typing';
    state = next;
    void update();
  }

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go({ ...state, q: input.value }, 'typing'), TYPING_DELAY);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    typingEntry = false;
    go({ ...state, q: input.value }, 'push');
  });
  sortSelect.addEventListener('change', () => go({ ...state, sort: sortSelect.value as SortOrder }, 'push'));
  groups.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.type !== 'checkbox' || !(FILTER_KEYS as readonly string[]).includes(box.name)) return;
    go(withFilter(state, box.name as FilterKey, box.value, box.checked), 'push');
  });
  groups.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('.filter-more');
    if (!button?.dataset.group) return;
    const key = button.dataset.group as FilterKey;
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    void update();
  });
  document.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>(
      '[data-clear-filters], [data-sort-relevance], [data-search-example]',
    );
    if (!target) return;
    event.preventDefault();
    if (target.matches('[data-clear-filters]')) go({ ...state, filters: {} }, 'push');
    else if (target.matches('[data-sort-relevance]')) go({ ...state, sort: 'relevance' }, 'push');
    else {
      go({ ...state, q: target.dataset.searchExample ?? '' }, 'push');
      showWords(state);
      input.focus();
    }
  });
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    typingEntry = false;
    state = parseSearchState(location.search);
    showWords(state);
    void update();
  });

  // Arrow keys: from the box into the results, and between result titles.
  const titles = () => [...list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = titles()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = titles();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') all[Math.min(i + 1, all.length - 1)]?.focus();
    else if (i === 0) input.focus();
    else all[i - 1]?.focus();
  });

  showWords(state);
  showControls(state);
  if (isBlank(state)) showMessage(message, 'intro');
  if (!state.q) input.focus();
  loadPagefind().then(
    (pf) => {
      pagefind = pf;
      void update().then(() => loadCounts(pf));
    },
    (error: unknown) => {
      console.error('Search could not load Pagefind:', error);
      showMessage(message, import.meta.env.DEV ? 'dev' : 'error');
      status.textContent = import.meta.env.DEV ? words.devShort : words.errorShort;
      sortSelect.disabled = true;
      ui.classList.add('search-unavailable');
    },
  );
}
