/**
 * The figures table of an entry page: each number with its period, status, source and
 * series. Numbers, periods and statuses stay values and codes here; the table writes them
 * in the page's language (src/lib/format/).
 */
import type { NamedLink } from './cards';
import type { Lookups } from './lookups';
import type { DateSpec } from '../../primitives/dates';
import type { EntryData, FigureData } from '../../schemas/types';
import { paths } from '../urls/paths';

export interface FigureRow {
  label: string;
  /** The number with its unit and qualifier, for `formatFigure`. */
  figure: Pick<FigureData, 'value' | 'unit' | 'qualifier'>;
  period?: DateSpec | undefined;
  /** The status code: actual, target, estimate, forecast. */
  status: FigureData['status'];
  note?: string | undefined;
  source: NamedLink;
  /** The data series the figure belongs to, linked to its chart. */
  series?: NamedLink | undefined;
  /** Another figure in this entry for the same thing and period (same series and unit, or same label) but a different value. */
  conflicts: boolean;
}

export function sourceLink(id: string, look: Pick<Lookups, 'sources'>): NamedLink {
  const s = look.sources.get(id);
  return { id, name: s ? s.data.title : id, href: paths.source(id) };
}

/** A figure's series as a link to its chart; an unknown id (which the content check prevents) gives none. */
function seriesLink(id: string, look: Lookups): NamedLink | undefined {
  const s = look.series.get(id);
  return s ? { id, name: s.data.title, href: paths.series(id) } : undefined;
}

export function figureRows(d: Pick<EntryData, 'figures'>, look: Lookups): FigureRow[] {
  // Figures of one time series, unit and period measure the same thing whatever their
  // labels; otherwise (no series, or the parts of a breakdown) the label says what is measured.
  const sameThing = (f: FigureData) =>
    f.series && look.series.get(f.series.id)?.data.shape !== 'breakdown'
      ? `series:${f.series.id}\u0000${f.unit}`
      : `label:${f.label}`;
  const key = (f: FigureData) => `${sameThing(f)}\u0000${f.period?.text ?? ''}`;
  const values = new Map<string, Set<number>>();
  for (const f of d.figures) values.set(key(f), (values.get(key(f)) ?? new Set()).add(f.value));
  return d.figures.map((f) => ({
    label: f.label,
    figure: { value: f.value, unit: f.unit, qualifier: f.qualifier },
    period: f.period,
    status: f.status,
    note: f.note,
    source: sourceLink(f.source.id, look),
    series: f.series ? seriesLink(f.series.id, look) : undefined,
    conflicts: (values.get(key(f))?.size ?? 0) > 1,
  }));
}
