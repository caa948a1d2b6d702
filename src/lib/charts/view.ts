/**
 * Data series as their pages and the data page show them: one chart model per unit, a
 * numbered source list, a sentence per period, and the charts combining several series.
 * The views are built once, in English (the pages' props); `seriesViewIn` and
 * `combinedViewIn` give the same view with its words in another language.
 */
import { translator } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { formatFigure, formatNumber, label } from '../format/labels';
import { paths } from '../urls/paths';
import { groupByPeriod, isProjected, periodText, sourceKeys, sourcesAgree, sourcesDiffer, unitOf } from './groups';
import type {
  ChartModel,
  CombinedChartDef,
  CombinedView,
  DifferNote,
  PeriodGroup,
  PointView,
  SeriesData,
  SeriesPoint,
  SeriesView,
  SourceKey,
  SourceNames,
  ValueGroup,
} from './model';

function pointView(
  p: SeriesPoint,
  seriesId: string,
  unit: string,
  source: SourceKey,
  slot: string,
  member?: string,
): PointView {
  return pointWords(
    {
      period: p.period,
      category: p.category,
      value: p.value,
      qualifier: p.qualifier,
      unit,
      status: p.status,
      projected: isProjected(p.status),
      source,
      note: p.note,
      slot,
      member,
      seriesId,
    },
    'en',
  );
}

type PointWords = 'periodLabel' | 'valueText' | 'numberText' | 'shortValue' | 'statusLabel';

/** A point with its words (period, value, status) in a language. */
function pointWords(p: Omit<PointView, PointWords>, locale: Locale): PointView {
  const n = formatNumber(p.value, locale);
  const q = p.qualifier ? `${label(p.qualifier, locale)} ` : '';
  return {
    ...p,
    periodLabel: periodText(p.period, locale),
    valueText: formatFigure(p.value, p.unit, p.qualifier, locale),
    numberText: `${q}${n}`,
    shortValue: `${q}${n}${p.unit === '%' ? '%' : ''}`,
    statusLabel: label(p.status, locale),
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

/** A group with its words in a language; whether its sources differ or agree stays as it is. */
const groupIn = (g: ValueGroup, locale: Locale): ValueGroup => ({
  ...g,
  periodLabel: periodText(g.period, locale),
  points: g.points.map((p) => pointWords(p, locale)),
});

/** One sentence per group: "2024: 470 million USD (actual, source 1) and 600 million USD (actual, source 2); the sources differ." */
export function summarise(groups: readonly ValueGroup[], locale: Locale = 'en'): string[] {
  const { t } = translator(locale);
  const joinAnd = (items: string[]): string =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${t('chart.and')} ${items.at(-1)}`;
  return groups.map((g) => {
    const what = g.category ? `${g.category}, ${g.periodLabel}` : g.periodLabel;
    const values = g.points.map((p) => {
      const member = p.member ? `${p.member.toLowerCase()} ` : '';
      return `${member}${t('chart.summaryValue', { value: p.valueText, status: p.statusLabel.toLowerCase(), n: p.source.n })}`;
    });
    const tail = g.conflict ? t('chart.summaryDiffer') : g.corroborated ? t('chart.summaryAgree') : '';
    return `${what}: ${joinAnd(values)}${tail}.`;
  });
}

function chartModel(
  id: string,
  title: string,
  unit: string,
  shape: ChartModel['shape'],
  groups: ValueGroup[],
  locale: Locale = 'en',
): ChartModel {
  const points = groups.flatMap((g) => g.points);
  const slots = [...new Set(points.map((p) => p.slot))];
  const legend = {
    actual: points.some((p) => !p.projected),
    projected: [...new Set(points.filter((p) => p.projected).map((p) => p.statusLabel.toLowerCase()))],
  };
  return { id, title, unit, shape, groups, slots, summary: summarise(groups, locale), legend };
}

/** A chart with its words in a language. */
const chartIn = (c: ChartModel, locale: Locale): ChartModel =>
  chartModel(
    c.id,
    c.title,
    c.unit,
    c.shape,
    c.groups.map((g) => groupIn(g, locale)),
    locale,
  );

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

/** A series' view with its words (periods, values, statuses, summaries) in a language. */
export function seriesViewIn(view: SeriesView, locale: Locale): SeriesView {
  if (locale === 'en') return view;
  const charts = view.charts.map((c) => chartIn(c, locale));
  const groups = charts.flatMap((c) => c.groups);
  return { ...view, charts, rows: groups.flatMap((g) => g.points), conflicts: differNotes(groups) };
}

/** A combined chart's view with its words in a language. */
export function combinedViewIn(view: CombinedView, locale: Locale): CombinedView {
  if (locale === 'en') return view;
  const chart = chartIn(view.chart, locale);
  return { ...view, chart, rows: chart.groups.flatMap((g) => g.points) };
}

export const differNotes = (groups: readonly ValueGroup[]): DifferNote[] =>
  groups
    .filter((g) => g.conflict)
    .map((g) => ({
      what: g.category ? `${g.category}, ${g.periodLabel}` : g.periodLabel,
      values: g.points.map((p) => ({ valueText: p.valueText, statusLabel: p.statusLabel, source: p.source })),
    }));

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
