/** The shapes charts and tables are drawn from: points, groups by period, chart models and page views. */
import type { DateSpec } from '../../primitives/dates';
import type { ChartData, SeriesData, SeriesPoint } from '../../schemas/types';

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

/** The values of a group where sources differ, each with its source, for the note under a chart. */
export interface DifferNote {
  what: string;
  values: { valueText: string; statusLabel: string; source: SourceKey }[];
}
