/** The name lookups an entry's view resolves its references with, as the queries provide them. */
import type { NameLookup } from './cards';
import type { EntryData, Item, SeriesData, SourceData } from '../../schemas/types';

export interface Lookups {
  topics: NameLookup;
  people: NameLookup;
  organizations: NameLookup;
  places: NameLookup;
  sources: ReadonlyMap<string, Item<SourceData>>;
  series: ReadonlyMap<string, Item<Pick<SeriesData, 'title' | 'shape'>>>;
  entries: ReadonlyMap<string, Item<Pick<EntryData, 'title'>>>;
}
