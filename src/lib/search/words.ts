/**
 * The words the search page's script writes (status line, notes, buttons, legends), in
 * the page's language. The page renders them into `data-search-words` (JSON) from the
 * dictionary (src/i18n/), so the script carries no dictionary of its own.
 */
import type { Translator } from '../../i18n';
import type { FilterKey } from './state';

type Form = Intl.LDMLPluralRule;
/** A message by plural form, with `{count}` in it. */
export type PluralWords = Partial<Record<Form, string>> & { other: string };

export interface SearchWords {
  /** BCP 47 tag, for Intl.PluralRules and numbers in the browser. */
  tag: string;
  results: PluralWords;
  noResults: string;
  for: string;
  withFilters: PluralWords;
  noWords: string;
  byDate: string;
  moreCount: string;
  showFewer: string;
  showAll: string;
  optionsOf: string;
  sections: string;
  chosen: string;
  devShort: string;
  errorShort: string;
  legends: Record<FilterKey, string>;
}

export function searchPageWords({ t, tag }: Translator): SearchWords {
  const plural = (key: 'search.results' | 'search.withFilters'): PluralWords => ({
    one: t(`${key}.one`),
    few: t(`${key}.few`),
    many: t(`${key}.many`),
    other: t(`${key}.other`),
  });
  return {
    tag,
    results: plural('search.results'),
    noResults: t('search.noResults'),
    for: t('search.for'),
    withFilters: plural('search.withFilters'),
    noWords: t('search.noWords'),
    byDate: t('search.byDate'),
    moreCount: t('search.moreCount'),
    showFewer: t('search.showFewer'),
    showAll: t('search.showAll'),
    optionsOf: t('search.optionsOf'),
    sections: t('search.sections'),
    chosen: t('search.chosen'),
    devShort: t('search.devShort'),
    errorShort: t('search.errorShort'),
    legends: {
      kind: t('search.legend.kind'),
      topic: t('search.legend.topic'),
      year: t('search.legend.year'),
      country: t('search.legend.country'),
      person: t('search.legend.person'),
      organisation: t('search.legend.organisation'),
      place: t('search.legend.place'),
      status: t('search.legend.status'),
    },
  };
}

/** `template` with `{name}` replaced (the browser's copy of src/i18n's fill). */
export const fillIn = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** The plural form of `words` for `count`, with the count written as the language writes numbers. */
export function pluralIn(tag: string, words: PluralWords, count: number): string {
  const form = new Intl.PluralRules(tag).select(count);
  return fillIn(words[form] ?? words.other, { count: count.toLocaleString(tag) });
}
