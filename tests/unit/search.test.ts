import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/check/load-content';
import { parseDateSpec } from '../../src/primitives/dates';
import {
  dateSortKey,
  entitySearchAttributes,
  entrySearchAttributes,
  yearsOf,
  type EntityLookups,
} from '../../src/lib/search/attributes';
import { otherSpellings } from '../../src/lib/search/spellings';
import { sortChronological } from '../../src/lib/timeline/order';
import { organizationSchema, personSchema, placeSchema, topicSchema } from '../../src/schemas/entities';
import { entry } from './factory';

const look: EntityLookups = {
  topics: new Map([['energy', { data: topicSchema.parse({ name: 'Energy', description: 'Oil, gas and power.' }) }]]),
  people: new Map([
    [
      'kassym-jomart-tokayev',
      {
        data: personSchema.parse({
          name: 'Kassym-Jomart Tokayev',
          aliases: ['Toqaev'],
          country: 'KZ',
          role: 'President of Kazakhstan',
        }),
      },
    ],
    ['ilham-aliyev', { data: personSchema.parse({ name: 'Ilham Aliyev', country: 'AZ', role: 'President' }) }],
  ]),
  organizations: new Map([
    [
      'kazmunaygas',
      {
        data: organizationSchema.parse({
          name: 'KazMunayGas',
          aliases: ['KazMunayGaz'],
          country: 'KZ',
          type: 'company',
        }),
      },
    ],
  ]),
  places: new Map([
    [
      'aktau',
      {
        data: placeSchema.parse({
          name: 'Aktau',
          aliases: ['Aqtau'],
          country: 'KZ',
          type: 'port',
          lat: 43.65,
          lon: 51.16,
        }),
      },
    ],
  ]),
};

const visit = entry('2025-10-20-state-visit', {
  title: 'Aliyev visits Astana',
  kind: 'visit',
  date: '2025-10-20/2025-10-21',
  summary: 'The presidents meet.',
  topics: ['energy'],
  people: ['ilham-aliyev'],
  places: ['aktau'],
  sources: ['a'],
  visitors: ['ilham-aliyev'],
  hosts: ['kassym-jomart-tokayev'],
  from: 'AZ',
  to: 'KZ',
  level: 'state',
});

describe('search attributes of an entry', () => {
  const attrs = entrySearchAttributes(visit, look);
  const values = (key: string) => attrs.filters.filter(([k]) => k === key).map(([, v]) => v);

  it('files it under its kind, topics, start year, countries, status, and as dated', () => {
    expect(values('kind')).toEqual(['Visit']);
    expect(values('topic')).toEqual(['Energy']);
    expect(values('year')).toEqual(['2025']);
    expect(values('country')).toEqual(['Kazakhstan', 'Azerbaijan']);
    expect(values('status')).toEqual(['Happened']);
    expect(values('dated')).toEqual(['yes']);
  });

  it('counts visitors and hosts among its people, once each', () => {
    expect(values('person')).toEqual(['Ilham Aliyev', 'Kassym-Jomart Tokayev']);
    expect(values('place')).toEqual(['Aktau']);
  });

  it('shows the date as the site writes it, the kind and the summary in results', () => {
    expect(attrs.meta).toEqual({
      date: '20–21 October 2025',
      kind: 'Visit',
      status: 'Happened',
      summary: 'The presidents meet.',
    });
  });

  it('indexes, unseen, the other spellings of the people and places it names', () => {
    expect(attrs.hiddenText).toBe(
      '20–21 October 2025. Also written: Kassym-Jomart Tokayev (also Toqaev); Aktau (also Aqtau).',
    );
  });

  it('files a date under every year it covers', () => {
    expect(yearsOf(parseDateSpec('2004/2005'))).toEqual([2004, 2005]);
    expect(yearsOf(parseDateSpec('2025-H2'))).toEqual([2025]);
    expect(yearsOf(parseDateSpec('2024-12-30/2025-01-02'))).toEqual([2024, 2025]);
  });

  it('carries planned status and organisation parties of agreements', () => {
    const agreement = entry('2025-07-deal', {
      title: 'A deal',
      kind: 'agreement',
      agreementType: 'contract',
      stage: 'expected',
      date: '2025-07',
      status: 'planned',
      summary: 'S.',
      topics: ['energy'],
      parties: ['kazmunaygas'],
      sources: ['a'],
    });
    const a = entrySearchAttributes(agreement, look);
    expect(a.filters).toContainEqual(['organisation', 'KazMunayGas']);
    expect(a.filters).toContainEqual(['status', 'Planned']);
    expect(a.meta.date).toBe('July 2025');
    expect(a.hiddenText).toContain('KazMunayGas (also KazMunayGaz)');
  });
});

describe('search attributes of an entity page', () => {
  it('files a place under its kind, its own name and its country, with no date', () => {
    const attrs = entitySearchAttributes('places', look.places.get('aktau')!);
    expect(attrs.filters).toEqual([
      ['kind', 'Place'],
      ['place', 'Aktau'],
      ['country', 'Kazakhstan'],
    ]);
    expect(attrs.sort).toEqual({});
    expect(attrs.meta.kind).toBe('Place');
    expect(attrs.hiddenText).toBe('');
  });

  it('leads a person’s summary with the role', () => {
    const attrs = entitySearchAttributes('people', look.people.get('kassym-jomart-tokayev')!);
    expect(attrs.meta.summary).toBe('President of Kazakhstan');
    expect(attrs.filters).toContainEqual(['person', 'Kassym-Jomart Tokayev']);
  });
});

describe('the date sort key', () => {
  it('orders as the timeline does: start, coarser first, shorter first, then id', () => {
    const specs = ['2023', '2023-Q1', '2023-03', '2023-03-01', '2023-03-01/2023-03-05', '2023-H1', '2022-12-31'];
    const items = specs.flatMap((date, i) => [
      entry(`b${i}`, { date, topics: ['energy'], sources: ['a'] }),
      entry(`a${i}`, { date, topics: ['energy'], sources: ['a'] }),
    ]);
    const byKey = [...items].sort((x, y) => {
      const kx = dateSortKey(x.data.date, x.id);
      const ky = dateSortKey(y.data.date, y.id);
      return kx < ky ? -1 : kx > ky ? 1 : 0;
    });
    expect(byKey.map((e) => e.id)).toEqual(sortChronological(items).map((e) => e.id));
  });

  it('orders every entry of the real corpus as the timeline does', () => {
    const entries = loadContent()
      .files.filter((f) => f.collection === 'entries')
      .map((f) => ({
        id: f.id,
        data: { date: parseDateSpec((f.data as { date: unknown }).date), status: 'happened' as const },
      }));
    expect(entries.length).toBeGreaterThan(10);
    const keyed = [...entries].sort((x, y) => {
      const kx = dateSortKey(x.data.date, x.id);
      const ky = dateSortKey(y.data.date, y.id);
      return kx < ky ? -1 : kx > ky ? 1 : 0;
    });
    expect(keyed.map((e) => e.id)).toEqual(sortChronological(entries).map((e) => e.id));
  });
});

describe('names in other scripts and US/UK spellings', () => {
  const tokayev = personSchema.parse({
    name: 'Kassym-Jomart Tokayev',
    aliases: ['Toqaev'],
    names: { ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев', az: 'Qasım-Jomart Tokayev' },
    country: 'KZ',
    role: 'President of Kazakhstan',
  });
  const withNames: EntityLookups = { ...look, people: new Map([['kassym-jomart-tokayev', { data: tokayev }]]) };

  it('indexes, unseen, the Russian, Kazakh and Azerbaijani names of the people an entry names', () => {
    const attrs = entrySearchAttributes(visit, withNames);
    expect(attrs.hiddenText).toContain(
      'Kassym-Jomart Tokayev (also Toqaev, Касым-Жомарт Токаев, Қасым-Жомарт Тоқаев, Qasım-Jomart Tokayev)',
    );
    expect(attrs.hiddenNames).toEqual([]);
  });

  it('gives an entity page its own names in the other scripts, without repeating its English name', () => {
    const aktau = placeSchema.parse({
      name: 'Aktau',
      names: { ru: 'Актау', kk: 'Ақтау', az: 'Aktau' },
      type: 'port',
      lat: 43.65,
      lon: 51.16,
    });
    expect(entitySearchAttributes('places', { data: aktau }).hiddenNames).toEqual(['Актау', 'Ақтау']);
  });

  it('adds the other spelling of US/UK words an entry uses, and none it already has', () => {
    const cable = entry('2026-cable', {
      title: 'Fibre-optic cable',
      kind: 'event',
      date: '2026',
      summary: 'Some 400 kilometres of cable; 5 tonnes.',
      topics: ['energy'],
      sources: ['a'],
    });
    const attrs = entrySearchAttributes({ ...cable, body: 'The fibre and the fiber.' }, look);
    expect(attrs.hiddenText).toBe('2026. Also spelled: kilometers, tons.');
    expect(otherSpellings('A programme centre', 'Defense')).toEqual(['program', 'center', 'defence']);
  });
});
