import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { columnChartWidth, renderChart, CHART_WIDTH } from '../../src/lib/charts/render';
import { seriesView } from '../../src/lib/charts/view';
import { corpusSeries, sourceNames } from './chart-corpus';

const ids = { caption: 'cap', summary: 'sum' };
const view = (id: string) => seriesView(id, corpusSeries().find((s) => s.id === id)!.data, sourceNames());
const svgOf = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.querySelector('svg')!;

describe('server-rendered charts', () => {
  const trade = view('trade-turnover');
  const html = renderChart(trade.charts[0]!, ids);
  const svg = svgOf(html);

  it('is static SVG named by the caption and described by the summary', () => {
    expect(html).not.toMatch(/<script|<style|on\w+=/i);
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('aria-labelledby')).toBe('cap');
    expect(svg.getAttribute('aria-describedby')).toBe('sum');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  });

  it('links every point to its source, both 2024 figures included', () => {
    const links = [...svg.querySelectorAll('a')];
    expect(links).toHaveLength(trade.rows.length);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(trade.rows.map((r) => r.source.href));
    const names = links.map((a) => a.getAttribute('aria-label'));
    expect(names.filter((n) => n!.startsWith('2024:'))).toEqual([
      '2024: 470 million USD, actual. Source 2: Caspian Powerhouse: Azerbaijan and Kazakhstan Chart New Era',
      "2024: 600 million USD, actual. Source 3: President Ilham Aliyev's state visit to Kazakhstan marks a new stage in bilateral relations and a strategic development for the entire region",
    ]);
  });

  it('labels both conflicting values and says the sources differ', () => {
    const text = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(text).toContain('470');
    expect(text).toContain('600');
    expect(html).toContain('Sources differ');
  });

  it('draws targets and estimates hollow, apart from actual values', () => {
    // The 2023 range (two ends from one source), 2024 from two sources and January–August 2025.
    expect(svg.querySelectorAll('.bar-actual rect')).toHaveLength(5);
    expect(svg.querySelectorAll('.bar-projected rect')).toHaveLength(1);
    const oil = svgOf(renderChart(view('kazakh-oil-through-btc-tonnes').charts[0]!, ids));
    expect(oil.querySelectorAll('.bar-actual rect')).toHaveLength(0);
    expect(oil.querySelectorAll('.bar-projected rect')).toHaveLength(4);
  });

  it('hides decoration from assistive technology but not the links', () => {
    for (const g of svg.querySelectorAll('g')) {
      if (g.querySelector('a')) expect(g.getAttribute('aria-hidden')).toBeNull();
      else expect(g.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('draws breakdowns as one row per category, each linked', () => {
    const routes = view('kazakh-oil-export-routes-2024');
    const b = svgOf(renderChart(routes.charts[0]!, ids));
    expect(b.querySelectorAll('a')).toHaveLength(4);
    expect([...b.querySelectorAll('text')].map((t) => t.textContent).join(' ')).toContain('55 [1]');
  });

  it('is deterministic and narrows with fewer bars', () => {
    expect(renderChart(trade.charts[0]!, ids)).toBe(html);
    expect(columnChartWidth(1, 1)).toBeLessThan(columnChartWidth(3, 2));
    expect(columnChartWidth(10, 4)).toBe(CHART_WIDTH);
  });
});
