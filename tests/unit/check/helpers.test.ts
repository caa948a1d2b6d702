import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { closestIds, fileNameDate, runContentCheck } from '../../../src/check/index';
import { visitWith } from '../../helpers/content-fixture';
import { check, VISIT } from './run-fixture';

describe('helpers', () => {
  it('reads the date at the start of a file name', () => {
    expect(fileNameDate('2025-03-03-bektenov')).toBe('2025-03-03');
    expect(fileNameDate('2023-03-first-oil')).toBe('2023-03');
    expect(fileNameDate('2026-Q2-cable')).toBe('2026-Q2');
    expect(fileNameDate('2022-tokayev')).toBe('2022');
    expect(fileNameDate('tokayev')).toBeUndefined();
  });
  it('suggests close ids', () => {
    expect(closestIds('aktaw', ['aktau', 'baku', 'astana'])).toEqual(['aktau']);
    expect(closestIds('zzzzzzzz', ['aktau'])).toEqual([]);
  });
  it('reports paths relative to the root it is given', () => {
    const { dir } = check({ [VISIT]: visitWith(/^date:/, 'date: "x"') });
    const { problems } = runContentCheck(path.dirname(dir), dir);
    expect(problems[0]!.file).toBe(path.join(path.basename(dir), VISIT));
  });
});
