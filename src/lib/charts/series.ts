/**
 * Data series as charts and tables see them: points grouped by period (and category),
 * in time order, each with its source; groups where sources give different values are
 * flagged, never averaged or thinned. Pure: no Astro, no DOM.
 */
import { compareDateSpecs, formatDateSpec, type DateSpec } from '../../primitives/dates';
import type { ChartData, SeriesData, SeriesPoint } from '../../schemas/types';
import { formatFigure, formatNumber, label } from '../format/labels';
import { paths } from '../urls/paths';

export type { SeriesData, SeriesPoint };
export type FigureStatus = SeriesPoint['status'];

/** A source as a chart cites it: its number in the chart's source list, its title, its anchor. */
export interface SourceKey {
  id: string;
  n: number;
  name: string;
  href: string;
}

export interface PointView {
  period: DateSpec;
  /** The period in words, at its precision (formatDateSpec). */
  periodLabel: string;
  category?: string | undefined;
  value: number;
  qualifier?: string | undefined;
  unit: string;
  /** "nearly 90%", "470 million USD". */
  valueText: string;
  /** The number with its qualifier, no unit: "nearly 90" (tables, beside a unit column). */
  numberText: string;
  /** The number for a label on a chart: "nearly 90%". */
  shortValue: string;
  status: FigureStatus;
  statusLabel: string;
  /** target, estimate or forecast: drawn hollow, kept apart from what happened. */
  projected: boolean;
  source: SourceKey;
  note?: string | undefined;
  /** Which bar within its period: the source number (with a suffix for a second value of one source), or a member's label. */
  slot: string;
  /** A combined chart's member label ("Capacity"); absent on a single series. */
  member?: string | undefined;
  seriesId: string;
}

export interface PeriodGroup<P = PointView> {
  key: string;
  period: DateSpec;
  category?: string | undefined;
  unit: string;
  points: P[];
}

export interface ValueGroup extends PeriodGroup<PointView> {
  periodLabel: string;
  /** Two or more values for the same period, category and unit. */
  conflict: boolean;
  /** Two or more sources give the same value. */
  corroborated: boolean;
}

export interface ChartModel {
  /** A stable id for the DOM (caption, description, table). */
  id: string;
  title: string;
  unit: string;
  shape: 'time' | 'breakdown';
  groups: ValueGroup[];
  /** Bars within a period, in order. */
  slots: string[];
  /** One sentence per period or category, for the text summary. */
  summary: string[];
  /** What the legend explains: filled bars, hollow bars (with the statuses drawn hollow). */
  legend: { actual: boolean; projected: string[] };
}

export interface SeriesView {
  id: string;
  href: string;
  title: string;
  description?: string | undefined;
  shape: 'time' | 'breakdown';
  /** One chart per unit the series uses (a share and a volume are never on one axis). */
  charts: ChartModel[];
  sources: SourceKey[];
  /** Every point, in the order of the charts. */
  rows: PointView[];
  /** Periods where the sources give different values: all of them are kept and shown. */
  conflicts: DifferNote[];
}

export type SourceNames = ReadonlyMap<string, { data: { title: string } }>;

/** A period at the start of a label or sentence: "First half of 2025". */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const periodText = (period: DateSpec) => upperFirst(formatDateSpec(period));

const PROJECTED: ReadonlySet<FigureStatus> = new Set(['target', 'estimate', 'forecast']);
export const isProjected = (status: FigureStatus): boolean => PROJECTED.has(status);

/** The unit a point is in: its own, or the series'. */
export const unitOf = (p: { unit?: string | undefined }, seriesUnit: string): string => p.unit ?? seriesUnit;

/**
 * Groups points by period, category and unit, in time order (the project's comparator;
 * ties keep the file's order). Nothing is merged or dropped.
 */
export function groupByPeriod<P extends { period: DateSpec; category?: string | undefined; unit?: string | undefined }>(
  points: readonly P[],
  seriesUnit: string,
): PeriodGroup<P>[] {
  const groups = new Map<string, PeriodGroup<P>>();
  for (const p of points) {
    const unit = unitOf(p, seriesUnit);
    const key = [p.period.text, p.category ?? '', unit].join('\u0000');
    const g = groups.get(key) ?? { key, period: p.period, category: p.category, unit, points: [] };
    g.points.push(p);
    groups.set(key, g);
  }
  const order = [...groups.keys()];
  return [...groups.values()].sort(
    (a, b) =>
      compareDateSpecs(a.period, b.period) || order.indexOf(a.key) - order.indexOf(b.key),
  );
}

/**
 * True when two different sources give different values. Two values from one source
 * (the ends of a range it states) are not a conflict.
 */
export const sourcesDiffer = (points: readonly { value: number; source: { id: string } }[]): boolean =>
  points.some((a) => points.some((b) => a.source.id !== b.source.id && a.value !== b.value));

/** True when two or more different sources give the same value. */
export const sourcesAgree = (points: readonly { value: number; source: { id: string } }[]): boolean => {
  const byValue = new Map<number, Set<string>>();
  for (const p of points) byValue.set(p.value, (byValue.get(p.value) ?? new Set()).add(p.source.id));
  return [...byValue.values()].some((s) => s.size > 1);
};

/** Numbers the sources in order of first use. */
export function sourceKeys(ids: readonly string[], names: SourceNames): SourceKey[] {
  return [...new Set(ids)].map((id, i) => ({
    id,
    n: i + 1,
    name: names.get(id)?.data.title ?? id,
    href: paths.source(id),
  }));
}

function pointView(
  p: SeriesPoint,
  seriesId: string,
  unit: string,
  source: SourceKey,
  slot: string,
  member?: string,
): PointView {
  const n = formatNumber(p.value);
  return {
    period: p.period,
    periodLabel: periodText(p.period),
    category: p.category,
    value: p.value,
    qualifier: p.qualifier,
    unit,
    valueText: formatFigure(p.value, unit, p.qualifier),
    numberText: `${p.qualifier ? `${label(p.qualifier)} ` : ''}${n}`,
    shortValue: `${p.qualifier ? `${label(p.qualifier)} ` : ''}${n}${unit === '%' ? '%' : ''}`,
    status: p.status,
    statusLabel: label(p.status),
    projected: isProjected(p.status),
    source,
    note: p.note,
    slot,
    member,
    seriesId,
  };
}

function valueGroup(g: PeriodGroup<PointView>): ValueGroup {
  return {
    ...g,
    periodLabel: periodText(g.period),
    conflict: sourcesDiffer(g.points),
    corroborated: sourcesAgree(g.points),
  };
}

const joinAnd = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** One sentence per group: "2024: 470 million USD (actual, source 1) and 600 million USD (actual, source 2); the sources differ." */
export function summarise(groups: readonly ValueGroup[]): string[] {
  return groups.map((g) => {
    const what = g.category ? `${g.category}, ${g.periodLabel}` : g.periodLabel;
    const values = g.points.map((p) => {
      const member = p.member ? `${p.member.toLowerCase()} ` : '';
      return `${member}${p.valueText} (${p.statusLabel.toLowerCase()}, source ${p.source.n})`;
    });
    const tail = g.conflict ? '; the sources differ' : g.corroborated ? '; the sources agree' : '';
    return `${what}: ${joinAnd(values)}${tail}.`;
  });
}

function chartModel(
  id: string,
  title: string,
  unit: string,
  shape: ChartModel['shape'],
  groups: ValueGroup[],
): ChartModel {
  const points = groups.flatMap((g) => g.points);
  const slots = [...new Set(points.map((p) => p.slot))];
  const legend = {
    actual: points.some((p) => !p.projected),
    projected: [...new Set(points.filter((p) => p.projected).map((p) => p.statusLabel.toLowerCase()))],
  };
  return { id, title, unit, shape, groups, slots, summary: summarise(groups), legend };
}

/** A series as its page shows it: one chart per unit, a numbered source list, every point as a row. */
export function seriesView(id: string, data: SeriesData, names: SourceNames): SeriesView {
  const raw = groupByPeriod(data.points, data.unit);
  const sources = sourceKeys(
    raw.flatMap((g) => g.points.map((p) => p.source.id)),
    names,
  );
  const keyOf = (sid: string) => sources.find((s) => s.id === sid)!;
  const groups = raw.map((g) =>
    valueGroup({
      ...g,
      points: g.points.map((p, i) => {
        const key = keyOf(p.source.id);
        // A second value of the same source in this period (the other end of a range) takes its own bar.
        const nth = g.points.slice(0, i).filter((q) => q.source.id === p.source.id).length;
        return pointView(p, id, g.unit, key, nth === 0 ? String(key.n) : `${key.n}.${nth + 1}`);
      }),
    }),
  );
  const units = [...new Set(groups.map((g) => g.unit))];
  const charts = units.map((unit, i) =>
    chartModel(
      units.length > 1 ? `${id}-${i + 1}` : id,
      unit === data.unit || units.length === 1 ? data.title : `${data.title}: ${unit}`,
      unit,
      data.shape,
      groups.filter((g) => g.unit === unit),
    ),
  );
  return {
    id,
    href: paths.series(id),
    title: data.title,
    description: data.description,
    shape: data.shape,
    charts,
    sources,
    rows: charts.flatMap((c) => c.groups.flatMap((g) => g.points)),
    conflicts: differNotes(groups),
  };
}

/** Several series on one chart (BTC throughput against capacity): each member is one bar per period. */
export type CombinedChartDef = { id: string } & ChartData;

export interface CombinedView {
  id: string;
  title: string;
  description: string;
  chart: ChartModel;
  sources: SourceKey[];
  rows: PointView[];
  series: { id: string; title: string; href: string }[];
}

/** The combined chart; members whose series is missing are left out (the content check guards ids). */
export function combinedView(
  def: CombinedChartDef,
  all: ReadonlyMap<string, { data: SeriesData }>,
  names: SourceNames,
): CombinedView {
  type Tagged = SeriesPoint & { member: CombinedChartDef['members'][number] };
  const tagged: Tagged[] = def.members.flatMap((m) =>
    (all.get(m.series.id)?.data.points ?? [])
      .filter((p) => unitOf(p, all.get(m.series.id)!.data.unit) === m.unit)
      .map((p) => ({ ...p, unit: def.unit, member: m })),
  );
  const raw = groupByPeriod(tagged, def.unit);
  const sources = sourceKeys(
    raw.flatMap((g) => g.points.map((p) => p.source.id)),
    names,
  );
  const groups = raw.map((g) => {
    const points = g.points.map((p) => {
      const key = sources.find((s) => s.id === p.source.id)!;
      return pointView(p, p.member.series.id, p.member.unit, key, p.member.label, p.member.label);
    });
    // Members are different measures: only values of the same member can disagree.
    const byMember = (pts: PointView[]) =>
      [...new Set(pts.map((p) => p.slot))].map((s) => pts.filter((p) => p.slot === s));
    return {
      ...g,
      points,
      periodLabel: periodText(g.period),
      conflict: byMember(points).some(sourcesDiffer),
      corroborated: byMember(points).some(sourcesAgree),
    };
  });
  const chart = chartModel(def.id, def.title, def.unit, 'time', groups);
  return {
    id: def.id,
    title: def.title,
    description: def.description,
    chart,
    sources,
    rows: groups.flatMap((g) => g.points),
    series: def.members
      .filter((m) => all.has(m.series.id))
      .map((m) => ({ id: m.series.id, title: all.get(m.series.id)!.data.title, href: paths.series(m.series.id) })),
  };
}

/** The values of a group where sources differ, each with its source, for the note under a chart. */
export interface DifferNote {
  what: string;
  values: { valueText: string; statusLabel: string; source: SourceKey }[];
}

export const differNotes = (groups: readonly ValueGroup[]): DifferNote[] =>
  groups
    .filter((g) => g.conflict)
    .map((g) => ({
      what: g.category ? `${g.category}, ${g.periodLabel}` : g.periodLabel,
      values: g.points.map((p) => ({ valueText: p.valueText, statusLabel: p.statusLabel, source: p.source })),
    }));

/** Entries whose figures belong to each series, in the order given. */
export function entriesBySeries<E extends { data: { figures: { series?: { id: string } | undefined }[] } }>(
  entries: readonly E[],
): Map<string, E[]> {
  const out = new Map<string, E[]>();
  for (const e of entries) {
    for (const id of new Set(e.data.figures.flatMap((f) => (f.series ? [f.series.id] : [])))) {
      out.set(id, [...(out.get(id) ?? []), e]);
    }
  }
  return out;
}
