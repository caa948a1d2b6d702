/** The full citations at the foot of an entry page. */
import type { Lookups } from './lookups';
import type { EntryData } from '../../schemas/types';
import { citationText } from '../sources/citation';
import { paths } from '../urls/paths';

export interface Citation {
  id: string;
  anchor: string;
  text: string;
  url?: string | undefined;
}

/** Full citations of the sources an entry cites (its list and its figures'), in that order. */
export function citations(d: Pick<EntryData, 'sources' | 'figures'>, look: Pick<Lookups, 'sources'>): Citation[] {
  const ids = [...new Set([...d.sources.map((s) => s.id), ...d.figures.map((f) => f.source.id)])];
  return ids.flatMap((id) => {
    const s = look.sources.get(id);
    return s ? [{ id, anchor: paths.source(id), text: citationText(s.data), url: s.data.url }] : [];
  });
}
