/** A data series as a schema.org Dataset, its CSV as the distribution, its sources as citations. */
import type { Dataset } from 'schema-dts';
import type { Item, SeriesData, SourceData } from '../../schemas/types';
import type { NameLookup } from '../entry/cards';
import { paths } from '../urls/paths';
import { sourceNode, topicRef, websiteRef } from './nodes';

export function seriesDataset(
  series: Item<SeriesData>,
  sources: ReadonlyMap<string, Item<SourceData>>,
  topics: NameLookup,
): Dataset {
  const d = series.data;
  const url = paths.absolute(paths.series(series.id));
  const cited = [...new Set(d.points.map((p) => p.source.id))].flatMap((id) => {
    const s = sources.get(id);
    return s ? [sourceNode(s)] : [];
  });
  const about = d.topics.flatMap(({ id }) => {
    const t = topics.get(id);
    return t ? [topicRef(id, t.data.name)] : [];
  });
  return {
    '@type': 'Dataset',
    '@id': `${url}#dataset`,
    url,
    name: d.title,
    description: d.description ?? `${d.title}, in ${d.unit}, as the cited sources give it.`,
    inLanguage: 'en',
    isPartOf: websiteRef(),
    variableMeasured: `${d.title} (${d.unit})`,
    ...(about.length > 0 && { about }),
    distribution: {
      '@type': 'DataDownload',
      encodingFormat: 'text/csv',
      contentUrl: paths.absolute(paths.seriesCsv(series.id)),
    },
    citation: cited,
  };
}
