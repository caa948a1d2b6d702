/**
 * The data page, the series pages, the map and the place locators, in a real browser
 * against the built site: charts and maps render with their labels and links, the
 * conflicting figures are both shown with their sources, every place is on the map,
 * nothing needs JavaScript. (axe checks these pages in both themes with every other page
 * type: a11y-pages.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site';
import { corpusPlaces, corpusSeries } from '../helpers/corpus';
import { splitRoutes } from '../../src/lib/map/routes';
import { corpusRoutes } from '../unit/chart-corpus';

const ROUTES = splitRoutes(corpusRoutes()).drawn;

const site = useBuiltSite();

const open = async (url: string, options: Parameters<typeof site.page>[0] = {}): Promise<Page> => {
  const page = await site.page(options);
  const response = await page.goto(`${site.server.url}${url}`);
  expect(response?.status(), url).toBe(200);
  return page;
};

describe('the data page', () => {
  it('shows every series in the corpus as a chart with its sources and table', async () => {
    const page = await open('/data/');
    for (const s of corpusSeries()) {
      const block = page.locator(`section#${s.id}`);
      await expect(block.getByRole('heading', { name: s.data.title }).count(), s.id).resolves.toBe(1);
      await expect(block.locator(`a[href="/data/${s.id}/"]`).count(), s.id).resolves.toBe(1);
      await expect(block.locator('figure.chart svg a').count(), s.id).resolves.toBe(s.data.points.length);
      await expect(block.locator('table tbody tr').count(), s.id).resolves.toBe(s.data.points.length);
      await expect(block.locator('.chart-sources a[href^="/sources/#source-"]').count(), s.id).resolves.toBeGreaterThan(
        0,
      );
    }
  });

  it('shows both 2024 trade figures with their sources, and says they differ', async () => {
    const page = await open('/data/trade-turnover/');
    const rows = page.locator('table.data-table tbody tr', { hasText: /^\s*2024/ });
    await expect(rows.count()).resolves.toBe(2);
    const text = await rows.allInnerTexts();
    expect(text[0]).toMatch(/470[\s\S]*million USD[\s\S]*Caspian Powerhouse/);
    expect(text[1]).toMatch(/600[\s\S]*million USD[\s\S]*President Ilham Aliyev's state visit/);
    await expect(rows.nth(0).locator('a').getAttribute('href')).resolves.toBe(
      '/sources/#source-caspian-powerhouse-2025',
    );
    await expect(rows.nth(1).locator('a').getAttribute('href')).resolves.toBe(
      '/sources/#source-trend-2025-aliyev-state-visit',
    );
    // In the chart: both bars, both labelled, both linked.
    const chart = page.locator('figure.chart svg .value-label');
    await expect(chart.locator('text', { hasText: /^470$/ }).isVisible()).resolves.toBe(true);
    await expect(chart.locator('text', { hasText: /^600$/ }).isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('link', { name: /^2024: 470 million USD, actual\. Source 2: Caspian/ }).count(),
    ).resolves.toBe(1);
    await expect(
      page.getByRole('link', { name: /^2024: 600 million USD, actual\. Source 3: President/ }).count(),
    ).resolves.toBe(1);
    await expect(page.locator('.note-differ').innerText()).resolves.toMatch(
      /Sources differ for 2024: 470 million USD .* and 600 million USD/,
    );
  });

  it('names each chart by its caption and describes it with its summary', async () => {
    const page = await open('/data/cpc-share-of-kazakh-oil-exports/');
    const svg = page.locator('figure.chart svg').first();
    const caption = await svg.getAttribute('aria-labelledby');
    const summary = await svg.getAttribute('aria-describedby');
    await expect(page.locator(`#${caption}`).innerText()).resolves.toContain('Share of Kazakh oil exports');
    await expect(page.locator(`#${summary}`).innerText()).resolves.toContain(
      '80% (actual, source 1) and nearly 90% (actual, source 2); the sources differ',
    );
  });

  it('draws targets apart from actual values, with the legend in words', async () => {
    const page = await open('/data/kazakh-oil-through-btc-tonnes/');
    const svg = page.locator('figure.chart svg');
    await expect(svg.locator('.bar-projected rect').count()).resolves.toBe(4);
    await expect(svg.locator('.bar-actual rect').count()).resolves.toBe(0);
    const dash = await svg
      .locator('.bar-projected rect')
      .first()
      .evaluate((r) => getComputedStyle(r).strokeDasharray);
    expect(dash).not.toBe('none');
    await expect(page.locator('.chart-legend').innerText()).resolves.toContain('Dashed outline: target, forecast');
  });

  it('follows a bar to the cited source', async () => {
    const page = await open('/data/btc-throughput/');
    await page.locator('figure.chart svg a').first().click();
    await expect.poll(() => page.url()).toMatch(/\/sources\/#source-trend-2025-aliyev-state-visit$/);
    await expect(page.locator('#source-trend-2025-aliyev-state-visit').count()).resolves.toBe(1);
  });

  it('links an entry’s figures to their series', async () => {
    const page = await open('/entries/2024-bilateral-trade-turnover/');
    await page.getByRole('link', { name: 'Kazakhstan–Azerbaijan trade turnover' }).first().click();
    await expect.poll(() => page.url()).toMatch(/\/data\/trade-turnover\/$/);
  });

  it('shows charts and maps without JavaScript', async () => {
    for (const url of ['/data/', '/map/']) {
      const page = await open(url, { javaScriptEnabled: false });
      const box = await page.locator('svg').first().boundingBox();
      expect(box!.width, url).toBeGreaterThan(150);
      expect(box!.height, url).toBeGreaterThan(100);
      await expect(page.locator('script[src], script[type="module"]').count(), url).resolves.toBe(0);
    }
  });
});

describe('the map', () => {
  it('links every place that has coordinates to its page, inside a map', async () => {
    const page = await open('/map/');
    for (const p of corpusPlaces()) {
      const link = page.locator(`figure.map svg a[href="/places/${p.id}/"]`);
      await expect(link.count(), p.id).resolves.toBe(1);
      await expect(link.locator('text').textContent(), p.id).resolves.toBe(p.data.name);
      await expect(page.locator(`#places a[href="/places/${p.id}/"]`).count(), p.id).resolves.toBe(1);
    }
  });

  it('draws each route, dashes the planned cable, and cites each in the key', async () => {
    const page = await open('/map/');
    const region = page.locator('figure#region svg');
    for (const r of ROUTES) {
      await expect(region.locator(`path[data-route="${r.id}"]`).count(), r.id).resolves.toBe(1);
      const item = page.locator(`#route-${r.id}`);
      await expect(item.locator('a[href^="/sources/#source-"]').count(), r.id).resolves.toBe(r.sources.length);
    }
    const cable = region.locator('path[data-route="fibre-optic-cable"]');
    await expect(cable.evaluate((el) => getComputedStyle(el).strokeDasharray)).resolves.not.toBe('none');
    const btc = region.locator('path[data-route="btc"]');
    await expect(btc.evaluate((el) => getComputedStyle(el).strokeDasharray)).resolves.toBe('none');
    await expect(page.locator('main').innerText()).resolves.toContain('Routes are schematic');
    await expect(
      page.locator('figure#caspian svg text', { hasText: 'Fibre-optic cable (planned)' }).count(),
    ).resolves.toBe(1);
  });

  it('shows a locator map on a place page, and none on other entity pages', async () => {
    const page = await open('/places/aktau/');
    const img = page.getByRole('img', { name: /^Locator map: Aktau, Kazakhstan \(43\.65° N, 51\.16° E\)/ });
    await expect(img.count()).resolves.toBe(1);
    await expect(img.locator('.place-dot-here').count()).resolves.toBe(1);
    await page.goto(`${site.server.url}/topics/energy/`);
    await expect(page.locator('.locator').count()).resolves.toBe(0);
  });
});
