/** View models of the data pages (charts of every series) and the map. */
import { combosOf, dataSections } from '../lib/charts/combined';
import { combinedView, seriesView } from '../lib/charts/view';
import { entryCard, namedLinks } from '../lib/entry/cards';
import { placeRows, toMapPlace } from '../lib/map/places';
import { caspianMap, regionMap } from '../lib/map/presets';
import { splitRoutes } from '../lib/map/routes';
import { seriesCsv } from '../lib/exports/series-rows';
import { seriesDataset } from '../lib/structured/dataset';
import { paths } from '../lib/urls/paths';
import { getCollection } from 'astro:content';
import { seriesShareImage } from './share';
import { withCacheKeys } from './cache-key';
import { getAsOf, getEntriesBySeries, getLookup, getPlaces, getSeries, getTopics, once } from './load';

const getCharts = () =>
  once('charts', async () => (await getCollection('charts')).map((c) => ({ id: c.id, ...c.data })));
export const getRoutes = () => once('routes', async () => splitRoutes(await getCollection('routes')));

/** The data page: every series under its first topic, with the combined charts. */
export async function getDataSections() {
  const { sources } = await getLookup();
  return dataSections(await getSeries(), await getTopics(), sources, await getCharts());
}

/** One page per data series: its charts, the combined charts it is in, and the entries with its figures. */
export async function getSeriesPages() {
  const look = await getLookup();
  const charts = await getCharts();
  const bySeries = await getEntriesBySeries();
  return withCacheKeys(
    (await getSeries()).map((series) => ({
      params: { id: series.id },
      props: {
        series: series.data,
        view: seriesView(series.id, series.data, look.sources),
        combined: combosOf(series.id, charts).map((d) => combinedView(d, look.series, look.sources)),
        entries: (bySeries.get(series.id) ?? []).map((e) => entryCard(e, look.topics, getAsOf())),
        topics: namedLinks('topics', series.data.topics, look.topics),
        share: seriesShareImage(series),
        csv: paths.seriesCsv(series.id),
        jsonLd: [seriesDataset(series, look.sources, look.topics)],
      },
    })),
  );
}

/** Each series' points as a CSV file. */
export async function getSeriesCsvFiles() {
  return withCacheKeys(
    (await getSeries()).map((series) => ({ params: { id: series.id }, props: { csv: seriesCsv(series.data) } })),
  );
}

/** The map page: the region and the Caspian in detail, the key of routes, every place as a row. Built once, for every language's map page. */
export const getMap = () =>
  once('map', async () => {
    const places = (await getPlaces()).map(toMapPlace);
    const { sources } = await getLookup();
    const routes = await getRoutes();
    return {
      region: regionMap(places, routes.drawn),
      caspian: caspianMap(places, routes.drawn),
      routes,
      sources,
      rows: placeRows(places),
    };
  });
