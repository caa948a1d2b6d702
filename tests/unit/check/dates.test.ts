import { describe, expect, it } from 'vitest';
import { dateFields } from '../../../src/check/date-fields';
import { VALID_FILES, visitWith } from '../../helpers/content-fixture';
import { checkInMemory, OIL, VISIT } from './in-memory';

/** The printed problem lines for the visit entry with its date line replaced. */
const withDate = (line: string) => checkInMemory({ [VISIT]: visitWith(/^date:/, line) }).lines;

describe('dates are read as the text the contributor wrote', () => {
  for (const [name, quote] of [
    ['unquoted', ''],
    ['quoted', '"'],
  ] as const) {
    describe(name, () => {
      it('refuses a day the month does not have, with the value as written and the month’s length', () => {
        expect(withDate(`date: ${quote}2025-02-31${quote}`)).toEqual([
          `${VISIT}:4: date: 2025-02-31 is not a real day — February 2025 has 28 days; write the date the source gives`,
        ]);
      });

      it('refuses a month that does not exist instead of rolling over into the next year', () => {
        expect(withDate(`date: ${quote}2025-13-45${quote}`)).toEqual([
          `${VISIT}:4: date: 2025-13-45 is not a real day — there is no month 13: months run from 01 to 12; write the date the source gives`,
        ]);
      });

      it('knows leap years', () => {
        expect(withDate(`date: ${quote}2025-02-29${quote}`)[0]).toContain('February 2025 has 28 days');
        const leap = checkInMemory({
          [VISIT]: null,
          'entries/2024/2024-02-29-leap-day.mdx': visitWith(/^date:/, `date: ${quote}2024-02-29${quote}`),
        });
        expect(leap.lines).toEqual([]);
      });

      it('refuses an impossible end of a range, and an impossible start', () => {
        expect(withDate(`date: ${quote}2025-10-20/2025-10-32${quote}`)).toEqual([
          `${VISIT}:4: date: the range ends on a day that does not exist: 2025-10-32 is not a real day — October 2025 has 31 days; write the date the source gives`,
        ]);
        expect(withDate(`date: ${quote}2025-10-00/2025-10-21${quote}`)[0]).toContain(
          'the range starts on a day that does not exist: 2025-10-00 is not a real day — October 2025 has 31 days',
        );
      });

      it('accepts a real day, and reports a reversed range as before', () => {
        expect(withDate(`date: ${quote}2025-10-20${quote}`)).toEqual([]);
        expect(withDate(`date: ${quote}2025-10-21/2025-10-20${quote}`)[0]).toMatch(
          /ends \(2025-10-20\) before it starts \(2025-10-21\) — put the earlier date first/,
        );
      });

      it('checks the other date fields: figure periods, source dates, series periods', () => {
        const { lines } = checkInMemory({
          [OIL]: VALID_FILES[OIL]!.replace(
            '    series: trade',
            `    series: trade\n    period: ${quote}2024-Q5${quote}`,
          ),
          'sources/article-a.yaml': `title: Article A\npublisher: Publisher A\npublished: ${quote}2025-04-31${quote}\naccessed: ${quote}2025-06-31${quote}\n`,
          'series/trade.yaml': `title: Trade turnover\nunit: million USD\npoints:\n  - period: ${quote}2024-H3${quote}\n    value: 470\n    source: article-a\n`,
        });
        expect(lines).toEqual([
          `${OIL}:16: figures[0].period: 2024-Q5 is not a real quarter — a year has quarters Q1 to Q4; write the date the source gives`,
          'series/trade.yaml:4: points[0].period: 2024-H3 is not a real half year — a year has halves H1 and H2; write the date the source gives',
          'sources/article-a.yaml:3: published: 2025-04-31 is not a real day — April 2025 has 30 days; write the date the source gives',
          'sources/article-a.yaml:4: accessed: 2025-06-31 is not a real day — June 2025 has 30 days; write the date the source gives',
        ]);
      });
    });
  }

  it('finds the date fields in the schemas themselves', () => {
    expect(dateFields('entries')).toEqual([
      ['date'],
      ['outcome', 'date'],
      ['figures', '*', 'period'],
      ['corrections', '*', 'date'],
    ]);
    expect(dateFields('sources')).toEqual([['published'], ['accessed']]);
    expect(dateFields('series')).toEqual([['points', '*', 'period']]);
    expect(dateFields('people')).toEqual([]);
  });
});
