/**
 * What the data page shows and in which order: every series under its first topic,
 * and the charts that put several series on one axis.
 */
import {
  combinedView,
  seriesView,
  type CombinedChartDef,
  type CombinedView,
  type SeriesData,
  type SeriesView,
  type SourceNames,
} from './series';

export const COMBINED_CHARTS: CombinedChartDef[] = [
  {
    id: 'btc-throughput-and-capacity',
    title: 'Baku–Tbilisi–Ceyhan pipeline: crude carried and capacity',
    description:
      'The crude the pipeline carried in 2023, against its maximum annual capacity as stated in 2025. The two figures are for different years; the share of capacity in use is on the capacity page.',
    unit: 'million tonnes a year',
    members: [
      { series: 'btc-throughput', unit: 'million tonnes', label: 'Carried' },
      { series: 'btc-capacity', unit: 'million tonnes per year', label: 'Capacity' },
    ],
  },
];

/** The combined charts a series takes part in. */
export const combosOf = (seriesId: string, defs: readonly CombinedChartDef[] = COMBINED_CHARTS): CombinedChartDef[] =>
  defs.filter((c) => c.members.some((m) => m.series === seriesId));

interface SeriesEntry {
  id: string;
  data: SeriesData;
}

export interface DataSection {
  id: string;
  title: string;
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
  defs: readonly CombinedChartDef[] = COMBINED_CHARTS,
): DataSection[] {
  const all = new Map(series.map((s) => [s.id, s]));
  const sectionOf = (s: SeriesEntry) => s.data.topics[0]?.id ?? 'other';
  const order = [...topics.map((t) => ({ id: t.id, title: t.data.name })), { id: 'other', title: 'Other' }];
  return order.flatMap(({ id, title }) => {
    const members = series
      .filter((s) => sectionOf(s) === id)
      .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
    if (members.length === 0) return [];
    const combined = defs
      .filter((d) => all.has(d.members[0]!.series) && sectionOf(all.get(d.members[0]!.series)!) === id)
      .map((d) => combinedView(d, all, names));
    return [{ id: `topic-${id}`, title, series: members.map((s) => seriesView(s.id, s.data, names)), combined }];
  });
}
