/** An entry's corrections as the page prints them: newest first, each day in words. */
import { compareDateSpecs } from '../../primitives/dates';
import type { EntryData } from '../../schemas/types';
import { dayText } from '../format/day';

export const correctionsView = (corrections: EntryData['corrections']) =>
  [...corrections]
    .sort((a, b) => compareDateSpecs(b.date, a.date))
    .map((c) => ({ when: dayText(c.date.text), text: c.text }));
