import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/graph';
import { entry as make } from './factory';

const entry = (id: string, o: Partial<Record<'people' | 'places' | 'topics' | 'related' | 'sources', string[]>> = {}) =>
  make(id, { topics: ['t'], sources: ['s'], ...o });

describe('graph', () => {
  const entries = [
    entry('a', { people: ['aliyev'], places: ['baku'] }),
    entry('b', { people: ['aliyev'], places: ['baku'] }),
    entry('c', { people: ['aliyev'] }),
    entry('d', { topics: ['t'], related: ['a'] }),
    entry('e', { topics: ['t'] }),
  ];
  const g = buildGraph(entries);

  it('lists back-links per entity in the given order', () => {
    expect(g.backlinks.people.get('aliyev')!.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(g.backlinks.topics.get('t')!.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(g.backlinks.sources.get('s')).toHaveLength(5);
  });

  it('counts visitors, hosts and figure sources as named', () => {
    const x = make('x', {
      kind: 'visit',
      visitors: ['tokayev'],
      topics: ['t'],
      sources: ['s'],
      figures: [{ label: 'Trade', value: 1, unit: '%', source: 'fig' }],
    });
    const g2 = buildGraph([x]);
    expect(g2.backlinks.people.get('tokayev')!.map((e) => e.id)).toEqual(['x']);
    expect(g2.backlinks.sources.get('fig')!.map((e) => e.id)).toEqual(['x']);
  });

  it('ranks explicit links (both ways) first, then shared people and places; never itself; not by topic alone', () => {
    expect(g.related(entries[0]!).map((e) => e.id)).toEqual(['d', 'b', 'c']);
    expect(g.related(entries[3]!).map((e) => e.id)).toEqual(['a']);
    expect(g.related(entries[4]!)).toEqual([]);
  });

  it('among equally related entries picks those nearest in time, however long the list', () => {
    const many = Array.from({ length: 400 }, (_, k) =>
      entry(`e${String(k).padStart(3, '0')}`, { people: ['tokayev'] }),
    );
    const g2 = buildGraph(many);
    expect(g2.related(many[200]!).map((e) => e.id)).toEqual(['e199', 'e201', 'e198', 'e202', 'e197']);
    expect(g2.related(many[0]!).map((e) => e.id)).toEqual(['e001', 'e002', 'e003', 'e004', 'e005']);
    expect(g2.related(many[399]!).map((e) => e.id)).toEqual(['e398', 'e397', 'e396', 'e395', 'e394']);
  });
});
