import { describe, expect, it } from 'vitest';
import { agreementRows, partyNames } from '../../src/lib/entry/agreements';
import { entryCard, namedLinks } from '../../src/lib/entry/cards';
import { citationText } from '../../src/lib/sources/citation';
import { entityFacts, formatCoordinates } from '../../src/lib/entities/facts';
import { formatFigure, label } from '../../src/lib/format/labels';
import { paths } from '../../src/lib/urls/paths';
import { entry, make } from './factory';

const names = new Map([
  ['energy', { data: { name: 'Energy' } }],
  ['socar', { data: { name: 'SOCAR' } }],
]);

describe('view models', () => {
  it('resolves ids to named links and drops unknown ones', () => {
    expect(namedLinks('topics', [{ id: 'energy' }, { id: 'nope' }], names)).toEqual([
      { id: 'energy', name: 'Energy', href: '/topics/energy/' },
    ]);
  });

  it('builds a list card with the date at its precision', () => {
    const card = entryCard(entry('2023-03-first-oil', { date: '2023-03', topics: ['energy'] }), names, '2026-12-01');
    expect(card.href).toBe('/entries/2023-03-first-oil/');
    expect(card.date.precision).toBe('month');
    expect(card.topics.map((t) => t.name)).toEqual(['Energy']);
  });

  it('cites a source with author, title, publisher and date at its precision', () => {
    expect(
      citationText(
        make('sources', 's', {
          title: 'Balancing Act',
          publisher: 'Caspian Policy Center',
          author: 'N. C.',
          published: '2025-03-12',
        }).data,
      ),
    ).toBe('N. C., “Balancing Act”, Caspian Policy Center, 12 March 2025.');
    const tengri = make('sources', 't', {
      title: 'X',
      publisher: 'Times Tengri',
      author: 'Times Tengri',
      published: '2025-10',
    });
    expect(citationText(tengri.data)).toBe('“X”, Times Tengri, October 2025.');
  });

  it('formats figures and labels', () => {
    expect(formatFigure(90, '%', 'nearly')).toBe('nearly 90%');
    expect(formatFigure(150000, 'barrels per day')).toBe('150,000 barrels per day');
    expect(label('head-of-government')).toBe('Head-of-government visit');
    expect(label('unknown-code')).toBe('Unknown-code');
  });

  it('describes places with country and coordinates', () => {
    expect(formatCoordinates(43.65, -51.16)).toBe('43.65° N, 51.16° W');
    expect(formatCoordinates(43.6, 51.16, 'ru').replace(/\u00a0/g, ' ')).toBe('43,60° с. ш., 51,16° в. д.');
    const aktau = make('places', 'aktau', { name: 'Aktau', type: 'port', country: 'KZ', lat: 43.65, lon: 51.16 });
    expect(entityFacts(aktau.data)).toEqual(['Port', 'Kazakhstan', '43.65° N, 51.16° E']);
  });

  it('lists agreements with parties from states and organisations', () => {
    const rows = agreementRows(
      [
        entry('a', {
          kind: 'agreement',
          agreementType: 'memorandum',
          partyCountries: ['KZ', 'AZ'],
          parties: ['socar'],
        }),
        entry('v', { kind: 'visit' }),
      ],
      names,
    );
    expect(rows.map((r) => [r.id, r.type, partyNames(r), r.stage, r.status])).toEqual([
      ['a', 'memorandum', 'Kazakhstan, Azerbaijan, SOCAR', 'signed', 'happened'],
    ]);
    expect(partyNames(rows[0]!, 'ru')).toBe('Казахстан, Азербайджан, SOCAR');
  });

  it('builds every URL with a trailing slash, paginating after page 1', () => {
    expect(paths.topic('energy')).toBe('/topics/energy/');
    expect(paths.topic('energy', 2)).toBe('/topics/energy/2/');
    expect(paths.kind('visit', 1)).toBe('/kinds/visit/');
    expect(paths.source('x')).toBe('/sources/#source-x');
  });
});
