/** A data series as CSV rows (/data/<id>.csv): one row per point, the period as written and as days. */
import { isoDay } from '../../primitives/dates';
import type { SeriesData } from '../../schemas/types';
import { csvTable } from './rows';

export interface SeriesRow {
  /** The period as written (2025-H1), its precision, and the first and last day it covers. */
  period: string;
  precision: string;
  start: string;
  end: string;
  category: string;
  value: number;
  qualifier: string;
  status: string;
  unit: string;
  /** The id of the source document (content/sources/). */
  source: string;
  note: string;
}

const COLUMNS: (keyof SeriesRow)[] = [
  'period',
  'precision',
  'start',
  'end',
  'category',
  'value',
  'qualifier',
  'status',
  'unit',
  'source',
  'note',
];

export function seriesRows(d: Pick<SeriesData, 'points' | 'unit'>): SeriesRow[] {
  return d.points.map((p) => ({
    period: p.period.text,
    precision: p.period.precision,
    start: isoDay(p.period.start),
    end: isoDay(p.period.end),
    category: p.category ?? '',
    value: p.value,
    qualifier: p.qualifier ?? '',
    status: p.status,
    unit: p.unit ?? d.unit,
    source: p.source.id,
    note: p.note ?? '',
  }));
}

export const seriesCsv = (d: Pick<SeriesData, 'points' | 'unit'>): string => csvTable(COLUMNS, seriesRows(d));
