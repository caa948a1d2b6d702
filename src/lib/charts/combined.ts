/**
 * What the data page shows and in which order: every series under its first topic,
 * and the charts that put several series on one axis.
 */
import type { CombinedChartDef, CombinedView, SeriesView, SourceNames } from './model';
import { combinedView, seriesView } from './view';
import type { Item, SeriesData } from '../../schemas/types';

/** The combined charts a series takes part in. */
export const combosOf = (seriesId: string, defs: readonly CombinedChartDef[]): CombinedChartDef[] =>
  defs.filter((c) => c.members.some((m) => m.series.id === seriesId));

type SeriesEntry = Item<SeriesData>;

export interface DataSection {
  id: string;
  /** The topic's name; none for the series without a topic (the page says "Other"). */
  title?: string | undefined;
  series: SeriesView[];
  combined: CombinedView[];
}

/**
 * Sections of the data page, one per topic in the order given (a series goes under its
 * first topic; untagged ones under "Other"); series by title within a section; each
 * combined chart after the series of its first member.
 */
export function dataSections(
  series: readonly SeriesEntry[],
  topics: readonly { id: string; data: { name: string } }[],
  names: SourceNames,
  defs: readonly CombinedChartDef[],
): DataSection[] {
  const all = new Map(series.map((s) => [s.id, s]));
  const sectionOf = (s: SeriesEntry) => s.data.topics[0]?.id ?? 'other';
  const order = [
    ...topics.map((t) => ({ id: t.id, title: t.data.name as string | undefined })),
    { id: 'other', title: undefined },
  ];
  return order.flatMap(({ id, title }) => {
    const members = series
      .filter((s) => sectionOf(s) === id)
      .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
    if (members.length === 0) return [];
    const combined = defs
      .filter((d) => all.has(d.members[0]!.series.id) && sectionOf(all.get(d.members[0]!.series.id)!) === id)
      .map((d) => combinedView(d, all, names));
    return [{ id: `topic-${id}`, title, series: members.map((s) => seriesView(s.id, s.data, names)), combined }];
  });
}
