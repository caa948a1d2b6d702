import { describe, expect, it } from 'vitest';
import { DICTIONARIES, around, fill, translator } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { LOCALE_CODES, LOCALES } from '../../src/i18n/locales';
import { formatDateSpec, parseDateSpec } from '../../src/primitives/dates';
import { countryLabel, formatFigure, kindPlural, label } from '../../src/lib/format/labels';
import { COUNTRY_CODES } from '../../src/primitives/countries';
import { ORGANIZATION_TYPES, PLACE_TYPES } from '../../src/schemas/entities';
import {
  AGREEMENT_STAGES,
  AGREEMENT_TYPES,
  EVENT_TYPES,
  FIGURE_QUALIFIERS,
  FIGURE_STATUSES,
  VISIT_LEVELS,
} from '../../src/schemas/entry';

/** Intl writes no-break spaces (1 500, 2025 г.); the expectations are written with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  const keys = Object.keys(en).sort();

  it.each(LOCALE_CODES.filter((l) => l !== 'en'))('%s has every English key, and no other', (locale) => {
    expect(Object.keys(DICTIONARIES[locale]).sort()).toEqual(keys);
  });

  it.each(LOCALE_CODES)('%s has no empty string, and the placeholders of English in every string', (locale) => {
    for (const key of keys) {
      const value = DICTIONARIES[locale][key as keyof typeof en];
      expect(value.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(value), `${locale} ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });

  it('names every language in its own script', () => {
    expect(LOCALE_CODES.map((l) => LOCALES[l].name)).toEqual(['English', 'Русский', 'Қазақша', 'Azərbaycanca']);
  });
});

describe('words through the translator', () => {
  it('fills placeholders and cuts a template around one', () => {
    expect(fill('Later: {title}', { title: 'X' })).toBe('Later: X');
    expect(around(en['shell.asOf'], 'date')).toEqual(['Record as of ', '.']);
  });

  it('picks the plural form of the language', () => {
    const ru = translator('ru');
    expect([1, 3, 5, 21, 1500].map((n) => plain(ru.tn('search.results', n)))).toEqual([
      '1 результат',
      '3 результата',
      '5 результатов',
      '21 результат',
      '1 500 результатов',
    ]);
    expect(translator('en').tn('search.results', 1)).toBe('1 result');
    expect(translator('en').tn('search.results', 2)).toBe('2 results');
    expect(translator('kk').tn('search.results', 5)).toBe('5 нәтиже');
  });

  it('gives labels, kind headings and figures in the page’s language', () => {
    expect(label('state')).toBe('State visit');
    expect(label('state', 'ru')).toBe('Государственный визит');
    expect(kindPlural('visit', 'az')).toBe('Səfərlər');
    expect(formatFigure(150000, 'barrels a day', 'nearly')).toBe('nearly 150,000 barrels a day');
    expect(formatFigure(1.5, '%', undefined, 'ru')).toBe('1,5%');
  });

  it('has a word for every code the schemas let a page show, and every country', () => {
    const codes = [
      ...VISIT_LEVELS,
      ...AGREEMENT_TYPES,
      ...EVENT_TYPES,
      ...AGREEMENT_STAGES,
      ...FIGURE_QUALIFIERS,
      ...FIGURE_STATUSES,
      ...ORGANIZATION_TYPES,
      ...PLACE_TYPES,
    ];
    for (const code of codes) expect(Object.keys(en), code).toContain(`label.${code}`);
    for (const code of COUNTRY_CODES) expect(Object.keys(en), code).toContain(`country.${code}`);
    expect(countryLabel('KZ')).toBe('Kazakhstan');
    expect(countryLabel('KZ', 'kk')).toBe('Қазақстан');
    expect(label('port', 'az')).toBe('Liman');
  });
});

describe('dates in every language', () => {
  const date = (text: string, locale: 'en' | 'ru' | 'kk' | 'az') =>
    plain(formatDateSpec(parseDateSpec(text), translator(locale).dateWords));

  it('writes English as before', () => {
    expect(date('2025-10-20/2025-10-21', 'en')).toBe('20–21 October 2025');
    expect(date('2026-Q2', 'en')).toBe('second quarter of 2026');
  });

  it('writes days and months through Intl, at their precision', () => {
    expect(date('2025-03-03', 'ru')).toBe('3 марта 2025 г.');
    expect(date('2023-03', 'ru')).toBe('март 2023 г.');
    expect(date('2025-10-20/2025-10-21', 'ru')).toBe('20–21 октября 2025 г.');
    expect(date('2025-03-03', 'kk')).toBe('2025 ж. 3 наурыз');
    expect(date('2025-03-03', 'az')).toBe('3 mart 2025');
    expect(date('2022', 'az')).toBe('2022');
  });

  it('writes quarters and halves with the dictionary’s words, never more precisely', () => {
    expect(date('2026-Q2', 'ru')).toBe('второй квартал 2026 года');
    expect(date('2025-H1', 'kk')).toBe('2025 жылдың бірінші жартыжылдығы');
    expect(date('2026-Q4', 'az')).toBe('2026 ilin dördüncü rübü');
    expect(date('2004/2005', 'ru')).toBe('2004 – 2005');
  });
});
