/**
 * Everything an entry page shows besides its body, resolved to names and links:
 * the facts box, the figures with their sources, the full citations.
 */
import type { NamedLink, NameLookup } from './cards';
import { namedLinks } from './cards';
import { citationText, type SourceData } from '../sources/citation';
import { countryName, type CountryCode } from '../../primitives/countries';
import { formatDateSpec, parseDateSpec } from '../../primitives/dates';
import { formatFigure, label } from '../format/labels';
import { paths } from '../urls/paths';

interface Ref {
  id: string;
}

export interface EntryData {
  kind: 'visit' | 'agreement' | 'event';
  status: string;
  date: string;
  dateNote?: string | undefined;
  topics: Ref[];
  people: Ref[];
  organizations: Ref[];
  places: Ref[];
  countries: CountryCode[];
  sources: Ref[];
  figures: {
    label: string;
    value: number;
    unit: string;
    qualifier?: string | undefined;
    period?: string | undefined;
    status: string;
    source: Ref;
    series?: Ref | undefined;
    note?: string | undefined;
  }[];
  visitors?: Ref[];
  hosts?: Ref[];
  from?: CountryCode;
  to?: CountryCode;
  level?: string;
  format?: string | undefined;
  agreementType?: string;
  parties?: Ref[];
  partyCountries?: CountryCode[];
  signatories?: Ref[];
  duringVisit?: Ref | undefined;
  eventType?: string;
}

export interface Lookups {
  topics: NameLookup;
  people: NameLookup;
  organizations: NameLookup;
  places: NameLookup;
  sources: ReadonlyMap<string, { id: string; data: SourceData }>;
  series: ReadonlyMap<string, { data: { title: string; shape?: string } }>;
  entries: ReadonlyMap<string, { data: { title: string } }>;
}

export interface Fact {
  term: string;
  /** Plain text, or links. */
  text?: string;
  links?: NamedLink[];
}

export interface FigureRow {
  label: string;
  value: string;
  period?: string | undefined;
  status: string;
  note?: string | undefined;
  source: NamedLink;
  /** The data series the figure belongs to, linked to its chart. */
  series?: NamedLink | undefined;
  /** Another figure in this entry for the same thing and period (same series and unit, or same label) but a different value. */
  conflicts: boolean;
}

const countries = (codes: readonly CountryCode[]) => codes.map(countryName).join(', ');

export function entryFacts(d: EntryData, look: Lookups): Fact[] {
  const facts: Fact[] = [];
  const push = (term: string, links: NamedLink[]) => links.length > 0 && facts.push({ term, links });
  if (d.kind === 'visit') {
    facts.push({ term: 'Visit', text: `${label(d.level!)}: ${countryName(d.from!)} to ${countryName(d.to!)}` });
    push('Visitors', namedLinks('people', d.visitors ?? [], look.people));
    push('Hosts', namedLinks('people', d.hosts ?? [], look.people));
    if (d.format) facts.push({ term: 'Format', text: d.format });
  }
  if (d.kind === 'agreement') {
    facts.push({ term: 'Type', text: label(d.agreementType!) });
    if (d.partyCountries?.length) facts.push({ term: 'Parties (states)', text: countries(d.partyCountries) });
    push('Parties', namedLinks('organizations', d.parties ?? [], look.organizations));
    push('Signed by', namedLinks('people', d.signatories ?? [], look.people));
    if (d.duringVisit) {
      const visit = look.entries.get(d.duringVisit.id);
      if (visit) {
        facts.push({
          term: 'Signed during',
          links: [{ id: d.duringVisit.id, name: visit.data.title, href: paths.entry(d.duringVisit.id) }],
        });
      }
    }
  }
  if (d.kind === 'event' && d.eventType && d.eventType !== 'other')
    facts.push({ term: 'Type', text: label(d.eventType) });
  push('Where', namedLinks('places', d.places, look.places));
  push('People', namedLinks('people', d.people, look.people));
  push('Organisations', namedLinks('organizations', d.organizations, look.organizations));
  push('Topics', namedLinks('topics', d.topics, look.topics));
  if (d.countries.length) facts.push({ term: 'Countries', text: countries(d.countries) });
  return facts;
}

export function sourceLink(id: string, look: Lookups): NamedLink {
  const s = look.sources.get(id);
  return { id, name: s ? s.data.title : id, href: paths.source(id) };
}

/** A figure's series as a link to its chart; an unknown id (which the content check prevents) gives none. */
function seriesLink(id: string, look: Lookups): NamedLink | undefined {
  const s = look.series.get(id);
  return s ? { id, name: s.data.title, href: paths.series(id) } : undefined;
}

export function figureRows(d: EntryData, look: Lookups): FigureRow[] {
  // Figures of one time series, unit and period measure the same thing whatever their
  // labels; otherwise (no series, or the parts of a breakdown) the label says what is measured.
  const sameThing = (f: EntryData['figures'][number]) =>
    f.series && look.series.get(f.series.id)?.data.shape !== 'breakdown'
      ? `series:${f.series.id}\u0000${f.unit}`
      : `label:${f.label}`;
  const key = (f: EntryData['figures'][number]) => `${sameThing(f)}\u0000${f.period ?? ''}`;
  const values = new Map<string, Set<number>>();
  for (const f of d.figures) values.set(key(f), (values.get(key(f)) ?? new Set()).add(f.value));
  return d.figures.map((f) => ({
    label: f.label,
    value: formatFigure(f.value, f.unit, f.qualifier),
    period: f.period ? formatDateSpec(parseDateSpec(f.period)) : undefined,
    status: label(f.status),
    note: f.note,
    source: sourceLink(f.source.id, look),
    series: f.series ? seriesLink(f.series.id, look) : undefined,
    conflicts: (values.get(key(f))?.size ?? 0) > 1,
  }));
}

export interface Citation {
  id: string;
  anchor: string;
  text: string;
  url?: string | undefined;
}

/** Full citations of the sources an entry cites (its list and its figures'), in that order. */
export function citations(d: EntryData, look: Lookups): Citation[] {
  const ids = [...new Set([...d.sources.map((s) => s.id), ...d.figures.map((f) => f.source.id)])];
  return ids.flatMap((id) => {
    const s = look.sources.get(id);
    return s ? [{ id, anchor: paths.source(id), text: citationText(s.data), url: s.data.url }] : [];
  });
}
