/**
 * Renders a chart model to static SVG at build time with Observable Plot, on a
 * server-side DOM (linkedom). No script reaches the page: the SVG is the chart.
 *
 * Every bar sits under a transparent hit area that links to the bar's source and
 * carries its accessible name; labels and axes are hidden from assistive technology,
 * which reads the text summary and the table instead. Colours come from CSS classes
 * (the <style> of src/components/charts/ChartFigure.astro) so both themes work.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartModel, PointView, ValueGroup } from './model';
import { translator } from '../../i18n';
import type { Locale } from '../../i18n/locales';

/** Widest a chart is drawn; narrower when it has few bars, so a single bar is not a slab. */
export const CHART_WIDTH = 560;
const MARGIN_LEFT = 52;
const BREAKDOWN_WIDTH = 470;

/** Width of a column chart: room for each period's label and bars, within CHART_WIDTH. */
export const columnChartWidth = (periods: number, slots: number): number =>
  Math.min(CHART_WIDTH, MARGIN_LEFT + 16 + periods * Math.max(124, slots * 58));

/** The accessible name of a bar's link. */
export function pointLabel(p: PointView, where: string, locale: Locale = 'en'): string {
  return translator(locale).t('chart.pointLabel', {
    where,
    member: p.member ? `${p.member}, ` : '',
    value: p.valueText,
    status: p.statusLabel.toLowerCase(),
    n: p.source.n,
    name: p.source.name,
  });
}

const groupLabel = (g: ValueGroup) => (g.category && g.period ? g.category : g.periodLabel);

interface Datum extends PointView {
  where: string;
  label: string;
}

function data(chart: ChartModel): Datum[] {
  return chart.groups.flatMap((g) =>
    g.points.map((p) => ({
      ...p,
      where: groupLabel(g),
      label: p.projected ? `${p.shortValue}\n${p.statusLabel.toLowerCase()}` : p.shortValue,
    })),
  );
}

const niceMax = (values: number[]) => {
  const max = Math.max(0, ...values);
  if (max === 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil((max * 1.2) / step) * step;
};

/** Columns grouped by period: one facet per period, one bar per source (or member). */
function timeChart(chart: ChartModel, document: Document, locale: Locale) {
  const differLabel = translator(locale).t('chart.differLead');
  const rows = data(chart);
  const top = niceMax(rows.map((d) => d.value));
  const periods = chart.groups.map(groupLabel);
  const unique = [...new Set(periods)];
  const differ = new Set(chart.groups.filter((g) => g.conflict).map(groupLabel));
  const bar = { fx: 'where', x: 'slot', y: 'value', inset: 0 } as const;
  return Plot.plot({
    document,
    width: columnChartWidth(unique.length, chart.slots.length),
    height: 280,
    marginTop: 28,
    marginLeft: MARGIN_LEFT,
    marginBottom: differ.size > 0 ? 74 : 58,
    fx: { domain: unique, padding: 0.12, axis: null },
    x: { domain: chart.slots, padding: 0.2, axis: null },
    y: { domain: [0, top], grid: true, label: chart.unit, labelAnchor: 'top', labelArrow: 'none', ticks: 5 },
    marks: [
      Plot.barY(
        rows.filter((d) => !d.projected),
        { ...bar, className: 'bar bar-actual' },
      ),
      Plot.barY(
        rows.filter((d) => d.projected),
        { ...bar, className: 'bar bar-projected', insetTop: 1, insetLeft: 1, insetRight: 1 },
      ),
      Plot.ruleY([0], { className: 'baseline' }),
      Plot.text(rows, {
        fx: 'where',
        x: 'slot',
        y: 'value',
        text: 'label',
        lineAnchor: 'bottom',
        dy: -5,
        className: 'value-label',
      }),
      Plot.text(rows, {
        fx: 'where',
        x: 'slot',
        y: 0,
        text: (d: Datum) => (d.member ? `${d.member} [${d.source.n}]` : `[${d.source.n}]`),
        lineAnchor: 'top',
        dy: 6,
        className: 'slot-label',
      }),
      Plot.axisFx({
        anchor: 'bottom',
        label: null,
        tickSize: 0,
        tickPadding: 26,
        lineWidth: 9,
        tickFormat: (where: string) => (differ.has(where) ? `${where}\n${differLabel}` : where),
        className: 'period-label',
      }),
      Plot.barY(rows, {
        ...bar,
        y1: 0,
        y2: top,
        y: undefined,
        href: (d: Datum) => d.source.href,
        ariaLabel: (d: Datum) => pointLabel(d, d.where, locale),
        title: (d: Datum) => pointLabel(d, d.where, locale),
        className: 'hit',
      }),
    ],
  });
}

/** Horizontal bars, one row per category (a breakdown of one period). */
function breakdownChart(chart: ChartModel, document: Document, locale: Locale) {
  const rows = data(chart).map((d) => ({
    ...d,
    row: chart.slots.length > 1 ? `${d.category ?? d.periodLabel} [${d.source.n}]` : (d.category ?? d.periodLabel),
  }));
  const right = niceMax(rows.map((d) => d.value));
  const bar = { y: 'row', x: 'value', inset: 0 } as const;
  return Plot.plot({
    document,
    width: BREAKDOWN_WIDTH,
    height: 40 + rows.length * 46,
    marginLeft: 170,
    marginRight: 24,
    marginTop: 8,
    marginBottom: 40,
    y: { domain: rows.map((d) => d.row), padding: 0.25, axis: null },
    x: { domain: [0, right], grid: true, label: chart.unit, labelAnchor: 'right', labelArrow: 'none', ticks: 5 },
    marks: [
      Plot.barX(
        rows.filter((d) => !d.projected),
        { ...bar, className: 'bar bar-actual' },
      ),
      Plot.barX(
        rows.filter((d) => d.projected),
        { ...bar, className: 'bar bar-projected' },
      ),
      Plot.ruleX([0], { className: 'baseline' }),
      Plot.axisY({ anchor: 'left', label: null, tickSize: 0, lineWidth: 12, className: 'period-label' }),
      Plot.text(rows, {
        y: 'row',
        x: 'value',
        text: (d: (typeof rows)[number]) => `${d.shortValue.replace('\n', ' ')} [${d.source.n}]`,
        textAnchor: 'start',
        dx: 5,
        className: 'value-label',
      }),
      Plot.barX(rows, {
        ...bar,
        x1: 0,
        x2: right,
        x: undefined,
        href: (d: (typeof rows)[number]) => d.source.href,
        ariaLabel: (d: (typeof rows)[number]) => pointLabel(d, `${d.row}, ${d.periodLabel}`, locale),
        title: (d: (typeof rows)[number]) => pointLabel(d, `${d.row}, ${d.periodLabel}`, locale),
        className: 'hit',
      }),
    ],
  });
}

/**
 * Tidies Plot's output for the page: one accessible pattern (the SVG is a group named
 * by the figure caption and described by the summary; each link carries its own
 * name), no inline stylesheet, decorative parts hidden.
 */
function finish(svg: Element, labelledBy: string, describedBy: string, locale: Locale): string {
  const differLabel = translator(locale).t('chart.differLead');
  for (const el of svg.querySelectorAll('style')) el.remove();
  for (const attr of ['aria-label', 'aria-description', 'class', 'fill', 'font-family', 'font-size'])
    svg.removeAttribute(attr);
  svg.setAttribute('class', 'chart-svg');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', labelledBy);
  svg.setAttribute('aria-describedby', describedBy);
  for (const a of svg.querySelectorAll('a')) {
    const shape = a.firstElementChild;
    const name = shape?.getAttribute('aria-label');
    if (name) {
      a.setAttribute('aria-label', name);
      shape!.removeAttribute('aria-label');
    }
    a.removeAttribute('fill');
  }
  for (const t of svg.querySelectorAll('tspan, text'))
    if (t.textContent === differLabel) t.setAttribute('class', 'conflict-label');
  for (const g of svg.querySelectorAll('g')) {
    g.removeAttribute('aria-label');
    if (!g.querySelector('a')) g.setAttribute('aria-hidden', 'true');
  }
  return svg.outerHTML;
}

/** The chart as an SVG string, for `set:html` in a figure; its own words (a conflict's mark, the links' names) in `locale`. */
export function renderChart(
  chart: ChartModel,
  ids: { caption: string; summary: string },
  locale: Locale = 'en',
): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const plot =
    chart.shape === 'breakdown' ? breakdownChart(chart, document, locale) : timeChart(chart, document, locale);
  return finish(plot as unknown as Element, ids.caption, ids.summary, locale);
}
