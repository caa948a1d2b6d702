import { describe, expect, it } from 'vitest';
import type { Event, Legislation } from 'schema-dts';
import { entry, make } from './factory';
import type { Lookups } from '../../src/lib/entry/lookups';
import { entryArticle, entrySubject, eventDates } from '../../src/lib/structured/entry';
import { seriesDataset } from '../../src/lib/structured/dataset';
import { entityNode } from '../../src/lib/structured/entity';
import { breadcrumbList, crumbs } from '../../src/lib/structured/breadcrumbs';
import { jsonLdGraph, serializeJsonLd } from '../../src/lib/structured/json-ld';
import { isoDate, isoPrecision, parseDateSpec } from '../../src/primitives/dates';
import { paths } from '../../src/lib/urls/paths';

const person = make('people', 'ilham-aliyev', { name: 'Ilham Aliyev', role: 'President of Azerbaijan', country: 'AZ' });
const host = make('people', 'kassym-jomart-tokayev', {
  name: 'Kassym-Jomart Tokayev',
  role: 'President of Kazakhstan',
});
const org = make('organizations', 'socar', { name: 'SOCAR', type: 'company', country: 'AZ' });
const place = make('places', 'astana', { name: 'Astana', type: 'capital', country: 'KZ', lat: 51.17, lon: 71.45 });
const topic = make('topics', 'energy', { name: 'Energy', description: 'Oil and gas.' });
const source = make('sources', 'article-a', {
  title: 'An article',
  publisher: 'Caspian Policy Center',
  author: 'A. Writer',
  published: '2025-03',
});
const unstated = make('sources', 'article-b', { title: 'Another', publisher: 'Not stated in the archived copy' });

const look: Lookups = {
  topics: new Map([[topic.id, topic]]),
  people: new Map([
    [person.id, person],
    [host.id, host],
  ]),
  organizations: new Map([[org.id, org]]),
  places: new Map([[place.id, place]]),
  sources: new Map([
    [source.id, source],
    [unstated.id, unstated],
  ]),
  series: new Map(),
  entries: new Map(),
};

const abs = (p: string) => paths.absolute(p);

describe('ISO dates at the precision of the date', () => {
  it('keep a day, a month and a year, and give a quarter or half its year', () => {
    expect(['2025-03-03', '2023-03', '2022', '2026-Q2', '2025-H1'].map((t) => isoDate(parseDateSpec(t).from))).toEqual([
      '2025-03-03',
      '2023-03',
      '2022',
      '2026',
      '2025',
    ]);
    expect(['2025', '2025-03', '2025-03-03', '2025-03-03T10:00:00Z', 'x'].map(isoPrecision)).toEqual([
      'year',
      'month',
      'day',
      'day',
      undefined,
    ]);
  });
  it('give a range both ends, each at its own precision', () => {
    expect(eventDates(parseDateSpec('2025-10-20/2025-10-21'))).toEqual({
      startDate: '2025-10-20',
      endDate: '2025-10-21',
    });
    expect(eventDates(parseDateSpec('2026-Q2'))).toEqual({ startDate: '2026' });
  });
});

describe('an entry as an Article', () => {
  it('is about an Event for a visit, with its people and place linked by URL', () => {
    const e = entry('2025-10-20-visit', {
      kind: 'visit',
      date: '2025-10',
      visitors: ['ilham-aliyev'],
      hosts: ['kassym-jomart-tokayev'],
      places: ['astana'],
      organizations: ['socar'],
      sources: ['article-a', 'article-b'],
    });
    const a = entryArticle(e, look, { changed: new Date('2026-11-30T12:00:00Z') });
    expect(a).toMatchObject({ '@type': 'Article', headline: e.data.title, dateModified: '2026-11-30' });
    const [subject, ...topics] = a.about as [Event, ...unknown[]];
    expect(subject).toMatchObject({
      '@type': 'Event',
      startDate: '2025-10',
      location: { '@type': 'Place', url: abs(paths.place('astana')) },
    });
    expect(subject).not.toHaveProperty('endDate');
    expect(subject).toMatchObject({
      attendee: [
        { '@type': 'Person', url: abs(paths.person('ilham-aliyev')) },
        { '@type': 'Person', url: abs(paths.person('kassym-jomart-tokayev')) },
      ],
    });
    expect(topics).toEqual([
      { '@type': 'Thing', '@id': abs(paths.topic('energy')), name: 'Energy', url: abs(paths.topic('energy')) },
    ]);
    expect((a.mentions as { '@type': string }[]).map((m) => m['@type'])).toEqual([
      'Person',
      'Person',
      'Organization',
      'Place',
    ]);
  });

  it('cites its sources with their own date precision, and no publisher the registry says is not stated', () => {
    const a = entryArticle(entry('x', { sources: ['article-a', 'article-b'] }), look);
    expect(a.citation).toEqual([
      {
        '@type': 'CreativeWork',
        '@id': abs(paths.source('article-a')),
        name: 'An article',
        publisher: { '@type': 'Organization', name: 'Caspian Policy Center' },
        datePublished: '2025-03',
      },
      { '@type': 'CreativeWork', '@id': abs(paths.source('article-b')), name: 'Another' },
    ]);
    expect(a).not.toHaveProperty('dateModified');
  });

  it('is about a Legislation for an agreement, dated only when a source says it was signed', () => {
    const signed = entrySubject(
      entry('deal', {
        kind: 'agreement',
        date: '2025-H1',
        signatories: ['ilham-aliyev'],
        parties: ['socar'],
        partyCountries: ['KZ', 'AZ'],
      }),
      look,
    ) as Legislation;
    expect(signed).toMatchObject({ '@type': 'Legislation', legislationType: 'Memorandum', legislationDate: '2025' });
    expect((signed.legislationPassedBy as { '@type': string }[]).map((p) => p['@type'])).toEqual([
      'Person',
      'Organization',
    ]);
    expect(signed.legislationJurisdiction).toEqual([
      { '@type': 'Country', name: 'Kazakhstan' },
      { '@type': 'Country', name: 'Azerbaijan' },
    ]);
    const expected = entrySubject(
      entry('plan', { kind: 'agreement', stage: 'expected', status: 'planned', date: '2026' }),
      look,
    );
    expect(expected).not.toHaveProperty('legislationDate');
  });

  it('says a plan is scheduled, postponed or cancelled as its outcome says, and nothing for what happened', () => {
    expect(entrySubject(entry('p', { status: 'planned', date: '2026-Q3' }), look)).toMatchObject({
      eventStatus: 'https://schema.org/EventScheduled',
      startDate: '2026',
    });
    expect(
      entrySubject(
        entry('q', { status: 'planned', outcome: { status: 'postponed', date: '2027', source: 'article-a' } }),
        look,
      ),
    ).toMatchObject({ eventStatus: 'https://schema.org/EventPostponed' });
    expect(entrySubject(entry('r'), look)).not.toHaveProperty('eventStatus');
  });
});

describe('entities and data series', () => {
  it('give a person their role and country, a place its country and no coordinates', () => {
    expect(entityNode('people', person.id, person.data)).toMatchObject({
      '@type': 'Person',
      jobTitle: 'President of Azerbaijan',
      nationality: { '@type': 'Country', name: 'Azerbaijan' },
    });
    const p = entityNode('places', place.id, place.data);
    expect(p).toMatchObject({ '@type': 'Place', containedInPlace: { name: 'Kazakhstan' } });
    expect(JSON.stringify(p)).not.toContain('51.17');
    expect(entityNode('topics', topic.id, topic.data)).toMatchObject({ '@type': 'Thing', description: 'Oil and gas.' });
  });

  it('make a series a Dataset with its CSV as the distribution and its sources as citations', () => {
    const series = make('series', 'trade', {
      title: 'Trade turnover',
      unit: 'million USD',
      topics: ['energy'],
      points: [
        { period: '2024', value: 1, source: 'article-a' },
        { period: '2025-H1', value: 2, source: 'article-a' },
      ],
    });
    const d = seriesDataset(series, look.sources, look.topics);
    expect(d).toMatchObject({
      '@type': 'Dataset',
      name: 'Trade turnover',
      distribution: { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: abs(paths.seriesCsv('trade')) },
    });
    expect((d.citation as unknown[]).length).toBe(1);
  });
});

describe('breadcrumbs and the JSON-LD block', () => {
  it('put a page under its section of the navigation', () => {
    expect(crumbs(paths.person('ilham-aliyev'), 'Ilham Aliyev').map((c) => c.name)).toEqual([
      'Kazakhstan–Azerbaijan Relations',
      'People',
      'Ilham Aliyev',
    ]);
    expect(crumbs(paths.entities('people'), 'People').map((c) => c.href)).toEqual([
      paths.home(),
      paths.entities('people'),
    ]);
    expect(crumbs(paths.home(), 'Home')).toHaveLength(1);
    expect(breadcrumbList(crumbs(undefined, 'Page not found')).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Kazakhstan–Azerbaijan Relations', item: abs(paths.home()) },
      { '@type': 'ListItem', position: 2, name: 'Page not found' },
    ]);
    expect(breadcrumbList(crumbs(paths.year(2025), '2025')).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Kazakhstan–Azerbaijan Relations', item: abs(paths.home()) },
      { '@type': 'ListItem', position: 2, name: 'Years', item: abs(paths.years()) },
      { '@type': 'ListItem', position: 3, name: '2025', item: abs(paths.year(2025)) },
    ]);
  });

  it('cannot close its script element, and parses back unchanged', () => {
    const graph = jsonLdGraph([{ '@type': 'Thing', name: '</script><script>alert(1)</script> & <!-- \u2028' }]);
    const text = serializeJsonLd(graph);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(graph);
  });
});
