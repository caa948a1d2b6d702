import { afterEach, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/check/run';
import {
  entityFieldError,
  entityFileText,
  entryFieldError,
  entryFileText,
  entryFrontmatter,
  entryLocation,
  missingAnswers,
  parseEntityFlag,
  parseList,
  slugify,
  suggestEntityId,
  type EntryAnswers,
} from '../../src/cli/new/entry-file';
import { makeContent, type Fixture } from '../helpers/content-fixture';
import { make } from './factory';

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

const SOURCE = make('sources', 'article-a', { title: 'Article A', publisher: 'Publisher A', published: '2025-10-24' });

const VISIT: EntryAnswers = {
  kind: 'visit',
  title: 'Tokayev visits Baku',
  date: '2025-03-03',
  summary: 'Tokayev meets Aliyev in Baku.',
  topics: ['diplomacy'],
  people: ['kassym-jomart-tokayev', 'ilham-aliyev'],
  places: ['astana'],
  sources: ['article-a'],
  visitors: ['kassym-jomart-tokayev'],
  hosts: ['ilham-aliyev'],
  from: 'KZ',
  to: 'AZ',
  level: 'official',
};
const AGREEMENT: EntryAnswers = {
  kind: 'agreement',
  title: 'Memorandum on the Middle Corridor',
  date: '2025-06',
  summary: 'The two countries sign a memorandum.',
  topics: ['diplomacy'],
  sources: ['article-a'],
  agreementType: 'memorandum',
  stage: 'signed',
};
const EVENT: EntryAnswers = {
  kind: 'event',
  title: 'Cable commissioning expected',
  date: '2026-Q2',
  status: 'planned',
  summary: 'The green energy cable is due to be commissioned.',
  topics: ['energy'],
  sources: ['article-a'],
  eventType: 'construction',
};

/** Writes `text` at `rel` in a valid fixture folder and returns the check's problem lines. */
function checkWith(files: Record<string, string>): string[] {
  fixture = makeContent(files);
  return runContentCheck(fixture.dir, fixture.dir, { today: new Date('2025-12-01T00:00:00Z') }).problems.map(
    (p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`,
  );
}

describe('slugify', () => {
  it('makes lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Aliyev’s state visit to Astana')).toBe('aliyevs-state-visit-to-astana');
    expect(slugify('Bakı–Sumqayıt cable: 60% done & more')).toBe('baki-sumqayit-cable-60-percent-done-and-more');
    expect(slugify('Şəki, Gəncə and Ağdam')).toBe('seki-gence-and-agdam');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Kazakh Prime Minister Olzhas Bektenov visits Baku to address growing regional pressures');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('kazakh-prime-minister-olzhas-bektenov-visits-baku-to-address');
  });
});

describe('entryLocation', () => {
  it('names the file after the date as written, in the folder of its year', () => {
    expect(entryLocation('2025-03-03', 'x')).toEqual({ id: '2025-03-03-x', rel: 'entries/2025/2025-03-03-x.mdx' });
    expect(entryLocation('2026-Q2', 'x').rel).toBe('entries/2026/2026-Q2-x.mdx');
    expect(entryLocation(2022, 'x').rel).toBe('entries/2022/2022-x.mdx');
    expect(entryLocation('2024-12-30/2025-01-02', 'x').rel).toBe('entries/2024/2024-12-30-x.mdx');
  });
  it('rejects an impossible date with the checker’s message', () => {
    expect(() => entryLocation('2025-02-30', 'x')).toThrow('"2025-02-30" has day 30, but that month has 28 days');
  });
});

describe('entryFrontmatter', () => {
  it('writes the kind’s own required fields, and omits defaults', () => {
    expect(Object.keys(entryFrontmatter(VISIT))).toEqual([
      'title',
      'kind',
      'date',
      'summary',
      'topics',
      'people',
      'organizations',
      'places',
      'sources',
      'visitors',
      'hosts',
      'from',
      'to',
      'level',
      'figures',
      'related',
    ]);
    expect(entryFrontmatter(AGREEMENT)).toMatchObject({ kind: 'agreement', agreementType: 'memorandum' });
    expect(Object.keys(entryFrontmatter(AGREEMENT)).slice(1, 4)).toEqual(['kind', 'agreementType', 'stage']);
    expect(entryFrontmatter(EVENT)).toMatchObject({ status: 'planned', eventType: 'construction' });
    expect(entryFrontmatter({ ...VISIT, status: 'happened' })).not.toHaveProperty('status');
  });
  it('leaves out fields that another kind has', () => {
    expect(entryFrontmatter({ ...EVENT, visitors: ['x'], agreementType: 'treaty' })).not.toHaveProperty('visitors');
  });
});

describe('entryFileText', () => {
  it.each([
    ['visit', VISIT],
    ['agreement', AGREEMENT],
    ['expected agreement', { ...AGREEMENT, date: '2026-Q2', status: 'planned', stage: 'expected' } as EntryAnswers],
    ['event', EVENT],
  ])('writes a %s that passes the content check', (_, answers) => {
    const { rel } = entryLocation(answers.date, slugify(answers.title!));
    expect(checkWith({ [rel]: entryFileText(answers, [SOURCE]) })).toEqual([]);
  });

  it('quotes dates, keeps id lists on one line and cites each source in a footnote', () => {
    const text = entryFileText(VISIT, [SOURCE]);
    expect(text).toContain('date: "2025-03-03"\n');
    expect(text).toContain('people: [kassym-jomart-tokayev, ilham-aliyev]\n');
    expect(text).toContain('Tokayev meets Aliyev in Baku.[^article-a]\n');
    expect(text).toContain('[^article-a]: “Article A”, Publisher A, 24 October 2025.\n');
  });

  it('gives the checker’s lines when an answer is wrong', () => {
    const text = entryFileText({ ...VISIT, people: ['ilham-aliev'] }, [SOURCE]);
    expect(checkWith({ 'entries/2025/2025-03-03-tokayev-visits-baku.mdx': text })).toEqual([
      expect.stringMatching(/:8: people\[0\]: unknown people id "ilham-aliev" — did you mean "ilham-aliyev"\?/),
    ]);
  });
});

describe('field errors for the prompts', () => {
  it('come from the real schemas, kind by kind', () => {
    expect(entryFieldError('visit', 'date', '2025-13')).toBe(
      '"2025-13" has month 13, but months run from 01 to 12 — correct the month',
    );
    expect(entryFieldError('visit', 'level', 'royal')).toMatch(/level "royal" is not allowed — use one of: state/);
    expect(entryFieldError('visit', 'title', 'Tokayev visits Baku')).toBeUndefined();
    expect(entryFieldError('event', 'visitors', ['x'])).toBe('unknown field "visitors" for a event');
    expect(entityFieldError('places', 'lat', 95)).toMatch(/lat is above 90/);
    expect(entityFieldError('people', 'role', '')).toBe('role is empty — write it out');
  });
  it('apply house style: no full stop after a title, one after a summary', () => {
    expect(entryFieldError('visit', 'title', 'Tokayev visits Baku.')).toMatch(/ends with a full stop/);
    expect(entryFieldError('visit', 'summary', 'Tokayev meets Aliyev')).toMatch(/does not end with a full stop/);
  });
});

describe('new people, places and sources', () => {
  it('are written in schema order and pass the check', () => {
    const person = entityFileText('people', { name: 'Jane Doe', role: 'Minister of Energy', country: 'KZ' });
    expect(person).toBe('name: Jane Doe\ncountry: KZ\nrole: Minister of Energy\n');
    const place = entityFileText('places', { name: 'Kuryk', type: 'port', country: 'KZ', lat: 43.2, lon: 51.65 });
    const source = entityFileText('sources', { title: 'A: B', publisher: 'P', published: '2025-03' });
    expect(source).toContain('title: "A: B"');
    expect(source).toContain('published: "2025-03"');
    expect(checkWith({ 'people/jane-doe.yaml': person, 'places/kuryk.yaml': place, 'sources/p.yaml': source })).toEqual(
      [],
    );
  });
  it('get ids from their names, and sources from publisher, year and title', () => {
    expect(suggestEntityId('people', { name: 'Olzhas Bektenov' })).toBe('olzhas-bektenov');
    expect(
      suggestEntityId('sources', {
        title: 'Balancing Act: Kazakhstan PM Visits Baku',
        publisher: 'Caspian Policy Center',
        published: '2025-03-12',
      }),
    ).toBe('cpc-2025-balancing-act-kazakhstan-pm');
    expect(suggestEntityId('sources', { title: 'Caspian Powerhouse', publisher: 'Trend', published: '2025' })).toBe(
      'trend-2025-caspian-powerhouse',
    );
  });
});

describe('flags', () => {
  it('parse field=value pairs, numbers and alias lists', () => {
    expect(parseEntityFlag('name=Kuryk;type=port;lat=43.2;lon=51.65;aliases=Quryq, Kuryk port')).toEqual({
      name: 'Kuryk',
      type: 'port',
      lat: 43.2,
      lon: 51.65,
      aliases: ['Quryq', 'Kuryk port'],
    });
    expect(() => parseEntityFlag('name Jane')).toThrow('"name Jane" has no "=" — write field=value pairs');
    expect(parseList(' a, b,,c ')).toEqual(['a', 'b', 'c']);
  });
  it('name the required answers still missing for the kind', () => {
    expect(missingAnswers({ kind: 'visit', title: 'T' })).toEqual([
      '--date',
      '--summary',
      '--topics',
      '--sources',
      '--visitors',
      '--from',
      '--to',
      '--level',
    ]);
    expect(missingAnswers(AGREEMENT)).toEqual([]);
    expect(missingAnswers({ ...AGREEMENT, agreementType: undefined })).toEqual(['--agreement-type']);
    expect(missingAnswers({ ...AGREEMENT, stage: undefined })).toEqual(['--stage']);
  });
});
