/**
 * What an entry page says of a plan: still ahead, or past due on the as-of day together
 * with what the sources report became of it (most often: that they do not say).
 */
import type { NamedLink } from './cards';
import { sourceLink } from './figures';
import type { Lookups } from './lookups';
import { formatDateSpec } from '../../primitives/dates';
import type { EntryData } from '../../schemas/types';
import { timingOf } from '../timeline/timing';
import { paths } from '../urls/paths';

export interface PlanNotice {
  timing: 'ahead' | 'past-due';
  /** The lead, in bold: "Planned" or "Past due". */
  lead: string;
  text: string;
  /** The entry that records what happened, and the source that reports the outcome. */
  links: NamedLink[];
  note?: string | undefined;
}

export function planNotice(
  d: EntryData,
  asOf: string,
  look: Pick<Lookups, 'sources' | 'entries'>,
): PlanNotice | undefined {
  const timing = timingOf(d, asOf);
  if (timing === 'happened') return undefined;
  if (timing === 'ahead') {
    return {
      timing,
      lead: 'Planned',
      text: 'this had not happened when the sources were written; the date is when it is due.',
      links: [],
    };
  }
  const o = d.outcome;
  const links: NamedLink[] = [];
  if (o?.entry) {
    const e = look.entries.get(o.entry.id);
    if (e) links.push({ id: o.entry.id, name: e.data.title, href: paths.entry(o.entry.id) });
  }
  if (o?.source) links.push(sourceLink(o.source.id, look));
  const text =
    !o || o.status === 'not-reported'
      ? 'the date has passed, and the sources do not report whether it happened.'
      : o.status === 'happened'
        ? 'it happened, as the source below reports.'
        : o.status === 'postponed'
          ? `it was postponed${o.date ? ` to ${formatDateSpec(o.date)}` : ''}, as the source below reports.`
          : 'it was cancelled, as the source below reports.';
  return { timing, lead: 'Past due', text, links, note: o?.note };
}
