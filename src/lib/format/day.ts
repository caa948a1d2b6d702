/** A day (YYYY-MM-DD, or a Date at UTC midnight) for `<time datetime>` and as readers read it. */
import { formatDateSpec, isoDay, parseDateSpec, type DateWords } from '../../primitives/dates';

export interface DayText {
  iso: string;
  text: string;
}

export function dayText(day: string | Date, words?: DateWords): DayText {
  const iso = typeof day === 'string' ? day : isoDay(day);
  return { iso, text: formatDateSpec(parseDateSpec(iso), words) };
}
