/**
 * Points grouped by period (and category and unit), in time order, each with its source;
 * groups where sources give different values are flagged, never averaged or thinned.
 */
import { compareDateSpecs, formatDateSpec, type DateSpec } from '../../primitives/dates';
import { translator } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { paths } from '../urls/paths';
import type { FigureStatus, PeriodGroup, SourceKey, SourceNames } from './model';

/** A period at the start of a label or sentence: "First half of 2025". */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const periodText = (period: DateSpec, locale: Locale = 'en') =>
  upperFirst(formatDateSpec(period, translator(locale).dateWords));

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
    (a, b) => compareDateSpecs(a.period, b.period) || order.indexOf(a.key) - order.indexOf(b.key),
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
