/**
 * Where an entry stands on the as-of day: it happened, it is still ahead, or it is a plan
 * whose date has passed ("past due"), whatever the sources say became of it.
 */
import { isoDay } from '../../primitives/dates';
import type { EntryData } from '../../schemas/types';

export type Timing = 'happened' | 'ahead' | 'past-due';

/** A planned item is past due once the last day its date covers is before the as-of day (YYYY-MM-DD). */
export const timingOf = (d: Pick<EntryData, 'status' | 'date'>, asOf: string): Timing =>
  d.status !== 'planned' ? 'happened' : isoDay(d.date.end) < asOf ? 'past-due' : 'ahead';
