import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/check/load-content';
import { defaultArchiveDir } from '../../src/check/sources/archive';
import { figureOccurs } from '../../src/check/sources/figures';
import type { VerifyFile } from '../../src/check/sources/model';
import { quotationsIn, quoteOccurs } from '../../src/check/sources/quotes';
import { verifySources } from '../../src/check/sources/verify';
import { ROOT } from '../helpers/astro';

const archiveDir = defaultArchiveDir(ROOT);
const haveArchive = existsSync(archiveDir);
const { files } = loadContent(ROOT);

/** The corpus with one file replaced by a changed copy (same file name and line lookup). */
function withFile(id: string, change: (f: VerifyFile) => VerifyFile): VerifyFile[] {
  const target = files.find((f) => f.id === id);
  if (!target) throw new Error(`no content file ${id}`);
  return files
    .map((f) => (f === target ? change(structuredClone({ ...f, lineOf: undefined }) as VerifyFile) : f))
    .map((f) => (f.id === id ? { ...f, lineOf: target.lineOf } : f));
}

/** The 1-based line of the first line of `file` containing `needle`. */
function lineContaining(file: string, needle: string): number {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

describe('the archive folder', () => {
  it('is present in CI, so verification cannot be skipped there', () => {
    if (process.env.CI === 'true') expect(haveArchive, `no archive folder at ${archiveDir}`).toBe(true);
  });

  it('defaults to ../shared/seeds beside the project, and SOURCES_ARCHIVE overrides it', () => {
    expect(defaultArchiveDir('/p/site', {})).toBe(path.resolve('/p/shared/seeds'));
    expect(defaultArchiveDir('/p/site', { SOURCES_ARCHIVE: '/archive' })).toBe('/archive');
    expect(defaultArchiveDir('/p/site', { SOURCES_ARCHIVE: 'arch' })).toBe(path.resolve('/p/site/arch'));
  });

  it('when absent gives one notice and no problem, or a problem when it is required', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'no-archive-'));
    const missing = path.join(empty, 'seeds');
    try {
      const lenient = verifySources({ files, archiveDir: missing });
      expect(lenient.problems).toEqual([]);
      expect(lenient.notices).toHaveLength(1);
      expect(lenient.notices[0]).toMatch(/no archive folder at .*seeds/);
      const strict = verifySources({ files, archiveDir: missing, requireArchive: true });
      expect(strict.problems).toHaveLength(1);
      expect(strict.problems[0]!.field).toBe('(archive)');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('figures in the archived text', () => {
  it.each([
    [470, 'million USD', 'bilateral trade reached $470 million in 2024'],
    [470, 'million USD', 'trade of 470 million US dollars'],
    [7, 'million tonnes', 'increase to seven million tons in the coming years'],
    [7, 'million tonnes', 'transportation of 7 million tons of Kazakh oil'],
    [3, 'times the CPC tariff', 'approximately three times higher than that of the CPC'],
    [3, 'times the figure', 'more than triple the figure for the same period'],
    [2, 'times the 2023 level', 'more than doubling compared to 2023'],
    [90, '%', 'with nearly 90 percent of exports'],
    [80, '%', 'with 80% of Kazakh crude oil exports'],
    [150000, 'barrels per day', 'neared 150,000 barrels per day'],
    [1.5, 'million tonnes', 'currently averaging about 1.5 million tons'],
    [600, 'million USD per year', 'an additional $600 million annually'],
    [4, '% per year', 'declining by an average of 4–5 percent per year'],
  ])('finds %s %s in "%s"', (value, unit, text) => {
    expect(figureOccurs(value, unit, text)).toBe(true);
  });

  it.each([
    [471, 'million USD', 'bilateral trade reached $470 million in 2024'],
    [470, 'million tonnes', 'bilateral trade reached $470 million in 2024'],
    [15, '%', 'neared 150,000 barrels per day'],
    [1.5, 'million tonnes', 'about 1.55 million tons'],
    [5, 'million tonnes', 'averaging about 1.5 million tons'],
    [3, 'times the figure', 'three ports and a refinery'],
  ])('does not find %s %s in "%s"', (value, unit, text) => {
    expect(figureOccurs(value, unit, text)).toBe(false);
  });
});

describe('quotations in the archived text', () => {
  it('match word for word, whatever the case, quote style, dashes and spacing', () => {
    const text =
      'He noted that the current trade turnover … is a “very low volume,” and that there are vast opportunities.';
    expect(quoteOccurs('very low volume', text)).toBe(true);
    expect(quoteOccurs('Very  low\nvolume,', text)).toBe(true);
    expect(quoteOccurs('very small volume', text)).toBe(false);
    expect(quoteOccurs("Kazakhstan's", 'Kazakhstan’s oil')).toBe(true);
  });

  it('are found in straight and curly quotation marks, across a line break', () => {
    expect(quotationsIn('He said "one\ntwo" and “three”.').map((q) => q.quote)).toEqual(['one\ntwo', 'three']);
  });
});

describe.skipIf(!haveArchive)('verifying the real corpus', () => {
  it('finds every figure, series point and quotation in its source: zero problems', () => {
    const { problems, notices } = verifySources({ files, archiveDir });
    expect(problems).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('catches a wrong figure, with its file and line', () => {
    const changed = withFile('2024-bilateral-trade-turnover', (f) => {
      (f.data as { figures: { value: number }[] }).figures[0]!.value = 471;
      return f;
    });
    const { problems } = verifySources({ files: changed, archiveDir });
    expect(problems).toHaveLength(1);
    const file = 'content/entries/2024/2024-bilateral-trade-turnover.mdx';
    expect(problems[0]).toMatchObject({ file, line: lineContaining(file, 'value: 470'), field: 'figures[0].value' });
    expect(problems[0]!.message).toMatch(/471 million USD does not occur in 002_0079a3c04491d877\.txt/);
  });

  it('catches a wrong series point, with its file and line', () => {
    const changed = withFile('trade-turnover', (f) => {
      (f.data as { points: { value: number }[] }).points[2]!.value = 607;
      return f;
    });
    const { problems } = verifySources({ files: changed, archiveDir });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/series/trade-turnover.yaml', field: 'points[2].value' });
    expect(problems[0]!.line).toBe(lineContaining('content/series/trade-turnover.yaml', 'value: 470'));
  });

  it('catches a reworded quotation in a body, with its file and line', () => {
    const id = '2023-zhumangarin-visits-baku-for-the-intergovernmental-commission';
    const changed = withFile(id, (f) => ({
      ...f,
      body: { ...f.body!, text: f.body!.text.replace('was a "very low volume"', 'was a "very small volume"') },
    }));
    const { problems } = verifySources({ files: changed, archiveDir });
    expect(problems).toHaveLength(1);
    const file = `content/entries/2023/${id}.mdx`;
    expect(problems[0]).toMatchObject({
      file,
      field: '(body) quotation',
      line: lineContaining(file, 'very low volume",'),
    });
    expect(problems[0]!.message).toMatch(
      /"very small volume" does not occur word for word in 001_feb71561b88e0f3b\.txt/,
    );
  });

  it('catches a reworded quotation in a frontmatter field', () => {
    const changed = withFile('2025-10-20-aliyev-state-visit-to-astana', (f) => {
      const d = f.data as { dateNote: string };
      d.dateNote = d.dateNote.replace('"on October 20th"', '"on 20 October"');
      return f;
    });
    const { problems } = verifySources({ files: changed, archiveDir });
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/entries/2025/2025-10-20-aliyev-state-visit-to-astana.mdx', 'dateNote'],
    ]);
    expect(problems[0]!.line).toBe(5);
  });
});
