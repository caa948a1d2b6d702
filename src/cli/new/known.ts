/** What exists in the content folder: ids with names, for the choices and for the footnotes. */
import type { ContentFile } from '../../check/index';

export interface Known {
  id: string;
  label: string;
  hint?: string;
  aliases: string[];
  data: Record<string, unknown>;
}

/** Collection → id → what is known of it. */
export type KnownIndex = Map<string, Map<string, Known>>;

export function indexContent(files: readonly ContentFile[]): KnownIndex {
  const known: KnownIndex = new Map();
  for (const f of files) {
    const data = (f.data ?? {}) as Record<string, unknown>;
    const label = String(data.name ?? data.title ?? f.id);
    const hint = [data.role, data.publisher, data.type].filter(Boolean).join(' · ') || undefined;
    const aliases = Array.isArray(data.aliases) ? data.aliases.map(String) : [];
    const map = known.get(f.collection) ?? new Map<string, Known>();
    map.set(f.id, { id: f.id, label, hint, aliases, data });
    known.set(f.collection, map);
  }
  return known;
}

export const knownIn = (known: KnownIndex, collection: string): Map<string, Known> =>
  known.get(collection) ?? new Map<string, Known>();
