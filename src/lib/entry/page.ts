/** Everything an entry page shows besides its body, as one view model. */
import { entryCard, type EntryCard } from './cards';
import { citations } from './citations';
import { entryFacts } from './facts';
import { figureRows } from './figures';
import { planNotice } from './plan';
import type { Lookups } from './lookups';
import type { EntryData, Item } from '../../schemas/types';
import type { Graph } from '../graph/graph';
import { neighbours } from '../timeline/order';
import { paths } from '../urls/paths';

export interface EntryPageContext<E extends Item<EntryData>> {
  /** Every entry, oldest first. */
  entries: readonly E[];
  look: Lookups;
  graph: Graph<E>;
  /** Position of each entry in `entries`. */
  index: ReadonlyMap<string, number>;
  /** The as-of day, YYYY-MM-DD. */
  asOf: string;
}

const link = (e: Item<EntryData> | undefined) => e && { href: paths.entry(e.id), title: e.data.title };

export function entryPageView<E extends Item<EntryData>>(entry: E, ctx: EntryPageContext<E>) {
  const d = entry.data;
  const { prev, next } = neighbours(ctx.entries, entry.id, ctx.index);
  const related: EntryCard[] = ctx.graph.related(entry).map((e) => entryCard(e, ctx.look.topics, ctx.asOf));
  return {
    href: paths.entry(entry.id),
    plan: planNotice(d, ctx.asOf, ctx.look),
    facts: entryFacts(d, ctx.look),
    figures: figureRows(d, ctx.look),
    citations: citations(d, ctx.look),
    related,
    prev: link(prev),
    next: link(next),
  };
}

export type EntryPageView = ReturnType<typeof entryPageView>;
