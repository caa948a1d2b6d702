/**
 * Turns search data into DOM, from the templates in src/components/search/. Text goes in
 * as text; only excerpts, already reduced to text and <mark>, go in as HTML.
 */
import type { ResultView } from '../../lib/search/results';
import { FILTER_KEYS, filterOptions, type FilterKey, type SearchState } from '../../lib/search/state';
import { fillIn, type SearchWords } from '../../lib/search/words';

/** Options shown per group before "Show all". */
const SHOWN_OPTIONS = 8;

function template(selector: string): DocumentFragment {
  const t = document.querySelector<HTMLTemplateElement>(selector);
  if (!t) throw new Error(`search page: missing ${selector}`);
  return t.content.cloneNode(true) as DocumentFragment;
}

const part = <T extends HTMLElement = HTMLElement>(root: ParentNode, name: string) =>
  root.querySelector<T>(`[data-r="${name}"]`)!;

const ENTRY_KINDS = new Set(['visit', 'agreement', 'event']);

export function renderResult(view: ResultView, words: SearchWords): HTMLLIElement {
  const node = template('[data-result-template]');
  const li = node.querySelector('li')!;
  const link = part<HTMLAnchorElement>(node, 'link');
  link.href = view.url;
  link.textContent = view.title;
  const date = part(node, 'date');
  if (view.date) date.textContent = view.date;
  else date.remove();
  const kind = part(node, 'kind');
  if (view.kind) {
    kind.textContent = view.kind;
    const code = view.kind.toLowerCase();
    kind.classList.add(ENTRY_KINDS.has(code) ? `badge-${code}` : 'badge-entity');
  } else kind.remove();
  if (view.planned) part(node, 'planned').hidden = false;
  else part(node, 'planned').remove();
  const summary = part(node, 'summary');
  if (view.summary) summary.innerHTML = view.summary;
  else summary.remove();
  const excerpt = part(node, 'excerpt');
  if (view.excerpt) excerpt.innerHTML = `…${view.excerpt}…`;
  else excerpt.remove();
  const sections = part(node, 'sections');
  if (view.sections.length) {
    sections.setAttribute('aria-label', fillIn(words.sections, { title: view.title }));
    for (const s of view.sections) {
      const item = template('[data-section-template]');
      const a = part<HTMLAnchorElement>(item, 'link');
      a.href = s.url;
      a.textContent = s.title;
      part(item, 'excerpt').innerHTML = s.excerpt ? `…${s.excerpt}…` : '';
      sections.append(item);
    }
  } else sections.remove();
  return li;
}

/**
 * Draws the filter groups. Focus stays on the box it was on (the boxes are drawn anew
 * with fresh counts); groups with nothing to offer are left out.
 */
export function renderFilters(
  container: HTMLElement,
  counts: Record<FilterKey, Record<string, number>>,
  state: SearchState,
  expanded: Set<FilterKey>,
  words: SearchWords,
): void {
  const focused = document.activeElement as HTMLElement | null;
  const focusKey = container.contains(focused) ? focused?.dataset.focusKey : undefined;
  const groups: DocumentFragment[] = [];
  for (const key of FILTER_KEYS) {
    const options = filterOptions(key, counts[key] ?? {}, state.filters[key] ?? []);
    if (!options.length) continue;
    const group = template('[data-filter-group-template]');
    const fieldset = group.querySelector('fieldset')!;
    fieldset.querySelector('legend')!.textContent = words.legends[key];
    const list = fieldset.querySelector('ul')!;
    const open = expanded.has(key) || options.length <= SHOWN_OPTIONS + 1;
    options.forEach((o, i) => {
      if (!open && i >= SHOWN_OPTIONS && !o.checked) return;
      const item = template('[data-filter-option-template]');
      const input = item.querySelector('input')!;
      input.name = key;
      input.value = o.value;
      input.checked = o.checked;
      input.dataset.focusKey = `${key}\u0000${o.value}`;
      item.querySelector('.filter-value')!.textContent = o.value;
      item.querySelector('.filter-count')!.textContent = `(${o.count.toLocaleString(words.tag)})`;
      list.append(item);
    });
    const more = fieldset.querySelector<HTMLButtonElement>('.filter-more')!;
    if (options.length > SHOWN_OPTIONS + 1) {
      more.hidden = false;
      more.dataset.focusKey = `more\u0000${key}`;
      more.dataset.group = key;
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open
        ? words.showFewer
        : fillIn(words.showAll, { count: options.length.toLocaleString(words.tag) });
      more.setAttribute('aria-label', fillIn(words.optionsOf, { label: more.textContent, legend: words.legends[key] }));
    }
    groups.push(group);
  }
  container.replaceChildren(...groups);
  if (focusKey) {
    const again = [...container.querySelectorAll<HTMLElement>('[data-focus-key]')].find(
      (el) => el.dataset.focusKey === focusKey,
    );
    again?.focus();
  }
}

/** Shows one of the message templates (intro, empty, dev, error), or none. */
export function showMessage(container: HTMLElement, name: string | null): void {
  container.replaceChildren(...(name ? [template(`template[data-message="${name}"]`)] : []));
}
