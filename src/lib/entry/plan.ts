/**
 * What an entry page says of a plan: still ahead, or past due on the as-of day together
 * with what the sources report became of it (most often: that they do not say).
 */
import type { NamedLink } from './cards';
import { sourceLink } from './figures';
import type { Lookups } from './lookups';
import type { DateSpec } from '../../primitives/dates';
import type { EntryData } from '../../schemas/types';
import type { MessageKey } from '../../i18n';
import { timingOf } from '../timeline/timing';
import { paths } from '../urls/paths';

export interface PlanNotice {
  /** Also the lead, in bold: "Planned" or "Past due" (`timingLabel`). */
  timing: 'ahead' | 'past-due';
  /** What the notice says, in the page's language: `t(text, { date })`. */
  text: MessageKey;
  /** The day a postponed plan was moved to, for the text's `{date}`. */
  date?: DateSpec | undefined;
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
    return { timing, text: 'plan.ahead', links: [] };
  }
  const o = d.outcome;
  const links: NamedLink[] = [];
  if (o?.entry) {
    const e = look.entries.get(o.entry.id);
    if (e) links.push({ id: o.entry.id, name: e.data.title, href: paths.entry(o.entry.id) });
  }
  if (o?.source) links.push(sourceLink(o.source.id, look));
  const text: MessageKey =
    !o || o.status === 'not-reported'
      ? 'plan.notReported'
      : o.status === 'happened'
        ? 'plan.happened'
        : o.status === 'postponed'
          ? o.date
            ? 'plan.postponedTo'
            : 'plan.postponed'
          : 'plan.cancelled';
  return { timing, text, date: o?.status === 'postponed' ? o.date : undefined, links, note: o?.note };
}
