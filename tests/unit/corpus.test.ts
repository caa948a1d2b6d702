import { describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/check/run';
import { loadContent } from '../../src/check/load-content';
import { ROOT } from '../helpers/astro';
import { entrySchema } from '../../src/schemas/entry';
import { plainRef } from '../../src/schemas/fields';

// The real corpus in content/: the same check as `npm run check` and the build guard
// (every entry cites a registered source, every reference resolves, no duplicate id or
// date + title), plus what a reader of the corpus relies on.
describe('the corpus', () => {
  const { files } = loadContent(ROOT);
  const of = (collection: string) => files.filter((f) => f.collection === collection);

  it('passes the content check with no problems', () => {
    const { problems, report } = runContentCheck(ROOT);
    expect(problems, report).toEqual([]);
  });

  it('has a source file for each of the five archived articles, and every source is cited', () => {
    const sources = of('sources');
    expect(sources.map((s) => (s.data as { archive?: string }).archive).sort()).toEqual([
      '000_59af5dd372e87148.txt',
      '001_feb71561b88e0f3b.txt',
      '002_0079a3c04491d877.txt',
      '003_4a2e7728195165c7.txt',
      '004_775604eb81647bbe.txt',
    ]);
    const cited = new Set(of('entries').flatMap((e) => (e.data as { sources: string[] }).sources));
    for (const s of sources) expect(cited.has(s.id), s.id).toBe(true);
  });

  it('keeps both conflicting 2024 trade figures, each with its own source', () => {
    const trade = of('series').find((s) => s.id === 'trade-turnover')!;
    const points = (trade.data as { points: { period: string; value: number; source: string }[] }).points.filter(
      (p) => p.period === '2024',
    );
    expect(points.map((p) => [p.value, p.source]).sort()).toEqual([
      [470, 'caspian-powerhouse-2025'],
      [600, 'trend-2025-aliyev-state-visit'],
    ]);
  });

  it('gives every place coordinates and keeps the spelling variants as aliases', () => {
    const alias = (collection: string, id: string) =>
      (of(collection).find((f) => f.id === id)?.data as { aliases?: string[] } | undefined)?.aliases ?? [];
    expect(alias('places', 'aktau')).toContain('Aqtau');
    expect(alias('places', 'sumgayit')).toContain('Sumqayit');
    expect(alias('organizations', 'kazmunaygas')).toContain('KazMunayGaz');
    expect(alias('people', 'kassym-jomart-tokayev')).toContain('Toqaev');
    for (const p of of('places')) expect(typeof (p.data as { lat: unknown }).lat, p.id).toBe('number');
  });
});

// Issue #13 (content fidelity): the fixes the audit asked for stay fixed.
describe('the corpus says only what its sources say (#13)', () => {
  const { files } = loadContent(ROOT);
  const entries = files.filter((f) => f.collection === 'entries');
  const entry = (id: string) => entries.find((e) => e.id === id)?.data as Record<string, unknown> | undefined;

  it('gives every agreement the stage its source uses: signed only where a source says signed', () => {
    const stages = Object.fromEntries(
      entries
        .filter((e) => (e.data as { kind: string }).kind === 'agreement')
        .map((e) => [e.id, (e.data as { stage?: string }).stage]),
    );
    expect(stages).toEqual({
      '2004-strategic-and-allied-agreements': 'signed',
      '2018-caspian-sea-convention': 'agreed',
      '2022-middle-corridor-roadmap-signed-in-aktau': 'signed',
      '2023-04-10-agreement-on-tanker-shipments-of-kazakh-oil': 'agreed',
      '2024-middle-corridor-roadmap-update': 'agreed',
      '2025-03-03-fibre-optic-line-agreement': 'agreed',
      '2025-06-middle-corridor-digitalisation-memorandum': 'signed',
      '2025-10-20-agreements-expected-during-state-visit': 'expected',
      '2025-10-20-presidents-agree-to-raise-kazakh-oil-through-btc': 'agreed',
      '2025-10-21-socar-samruk-kazyna-agreement': 'signed',
    });
  });

  it('ties no agreement to a visit that its source does not (A2, A3)', () => {
    expect(entry('2025-10-21-socar-samruk-kazyna-agreement')).not.toHaveProperty('duringVisit');
    expect(entry('2025-10-20-agreements-expected-during-state-visit')).not.toHaveProperty('duringVisit');
    const visit = entries.find((e) => e.id === '2025-10-20-aliyev-state-visit-to-astana')!;
    expect((visit.data as { dateNote: string }).dateNote).not.toMatch(/signed during the visit/);
    expect(visit.body!.text).not.toMatch(/Trend reports two results/);
  });

  it('says what became of every plan whose date was over by 2026-12-01, without inventing it (E2, B8)', () => {
    const past = [
      '2025-10-20-agreements-expected-during-state-visit',
      '2025-10-20-proposed-joint-investment-fund',
      '2025-kazakh-oil-through-btc-in-2025',
      '2026-Q2-green-energy-cable-commissioning',
    ];
    for (const id of past) expect((entry(id)?.outcome as { status?: string })?.status, id).toBe('not-reported');
    for (const e of entries) {
      const d = e.data as { status?: string; outcome?: unknown };
      if (d.outcome !== undefined) expect(d.status, e.id).toBe('planned');
    }
  });

  it('dates the Times Tengri article from the other sources, not from figures it does not have (A1)', () => {
    const tengri = files.find((f) => f.id === 'times-tengri-2025-geoeconomic')!.data as { publishedNote: string };
    expect(tengri.publishedNote).not.toMatch(/figures for 2024/);
    expect(tengri.publishedNote).toMatch(/reciprocal visit/);
  });

  it("keeps Zhumangarin's visit to Baku apart from Aliyev's visit to Astana (C1)", () => {
    const astana = entry('2023-04-10-aliyev-meets-tokayev-in-astana')!;
    expect(astana.people).not.toContain('serik-zhumangarin');
    expect(astana.organizations).not.toContain('azerbaijan-kazakhstan-intergovernmental-commission');
    const baku = entry('2023-zhumangarin-visits-baku-for-the-intergovernmental-commission')!;
    expect(baku).toMatchObject({ kind: 'visit', from: 'KZ', to: 'AZ', visitors: ['serik-zhumangarin'] });
    expect(baku.dateNote).toMatch(/does not date the visit/);
  });

  it('keeps both ends of the 2023 trade range as points of the trade series (D4)', () => {
    const trade = files.find((f) => f.id === 'trade-turnover')!.data as {
      points: { period: string; value: number; source: string }[];
    };
    expect(trade.points.filter((p) => p.period === '2023').map((p) => [p.value, p.source])).toEqual([
      [400, 'cpc-2023-strategic-partnership'],
      [500, 'cpc-2023-strategic-partnership'],
    ]);
  });

  it('shows both views of the Middle Corridor against the northern route (D1)', () => {
    const body = entries.find((e) => e.id === '2022-middle-corridor-freight-rises')!.body!.text;
    expect(body).toContain('not yet competitive');
    expect(body).toContain('more cost-effective and faster');
  });

  it('marks every place coordinate as editorial and names organisations as the sources do (A6, A8)', () => {
    for (const p of files.filter((f) => f.collection === 'places'))
      expect((p.data as { coordinatesNote?: string }).coordinatesNote, p.id).toMatch(/^Editorial/);
    expect(files.find((f) => f.id === 'dunga-field')!.data).not.toHaveProperty('country');
    expect(files.some((f) => f.id === 'organization-of-turkic-states')).toBe(false);
  });
});

describe('the schema additions of #13 (stage, outcome, coordinatesNote)', () => {
  const schema = entrySchema(plainRef);
  const base = {
    title: 'A plan',
    date: '2025',
    summary: 'A plan.',
    topics: ['energy'],
    sources: ['a'],
    kind: 'event',
    status: 'planned',
  };
  const messages = (v: unknown) => (schema.safeParse(v).error?.issues ?? []).map((i) => i.message);

  it('accepts a plan with no reported outcome, and one that happened with its entry and source', () => {
    expect(messages({ ...base, outcome: { status: 'not-reported', note: 'The sources do not say.' } })).toEqual([]);
    expect(messages({ ...base, outcome: { status: 'happened', entry: 'x', source: 'a' } })).toEqual([]);
  });

  it('asks for the entry, the new date and the source where the outcome needs them', () => {
    expect(messages({ ...base, outcome: { status: 'happened', source: 'a' } })).toEqual([
      expect.stringMatching(/^outcome\.entry is missing/),
    ]);
    expect(messages({ ...base, outcome: { status: 'postponed', source: 'a' } })).toEqual([
      expect.stringMatching(/^outcome\.date is missing/),
    ]);
    expect(messages({ ...base, outcome: { status: 'cancelled' } })).toEqual([
      expect.stringMatching(/^outcome\.source is missing/),
    ]);
    expect(messages({ ...base, status: 'happened', outcome: { status: 'not-reported' } })).toEqual([
      expect.stringMatching(/^outcome is only for planned items/),
    ]);
  });

  it('requires an agreement stage, and expected only for planned agreements', () => {
    const agreement = { ...base, kind: 'agreement', agreementType: 'agreement', status: 'happened' };
    expect(messages(agreement)).toEqual([expect.stringMatching(/^stage is missing/)]);
    expect(messages({ ...agreement, stage: 'agreed' })).toEqual([]);
    expect(messages({ ...agreement, stage: 'expected' })).toEqual([expect.stringMatching(/set status: planned/)]);
    expect(messages({ ...agreement, status: 'planned', stage: 'signed' })).toEqual([
      expect.stringMatching(/use stage: expected/),
    ]);
  });
});
