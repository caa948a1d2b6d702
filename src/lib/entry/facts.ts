/** The facts box of an entry page: who, where, what kind, resolved to names and links. */
import { namedLinks, type NamedLink } from './cards';
import type { Lookups } from './lookups';
import { countryName, type CountryCode } from '../../primitives/countries';
import type { AgreementData, EntryData, VisitData } from '../../schemas/types';
import { label } from '../format/labels';
import { paths } from '../urls/paths';

export interface Fact {
  term: string;
  /** Plain text, or links. */
  text?: string;
  links?: NamedLink[];
}

/** What the sources say of an agreement, in the words the page uses: never "signed" unless a source says so. */
const STAGE_WORDS: Record<AgreementData['stage'], { stage: string; during: string }> = {
  signed: { stage: 'Signed', during: 'Signed during' },
  agreed: { stage: 'Agreed (no source says it was signed)', during: 'Agreed during' },
  expected: { stage: 'Expected to be signed', during: 'Expected during' },
};

const countries = (codes: readonly CountryCode[]) => codes.map(countryName).join(', ');

function visitFacts(d: VisitData, look: Lookups, push: (term: string, links: NamedLink[]) => void, facts: Fact[]) {
  facts.push({ term: 'Visit', text: `${label(d.level)}: ${countryName(d.from)} to ${countryName(d.to)}` });
  push('Visitors', namedLinks('people', d.visitors, look.people));
  push('Hosts', namedLinks('people', d.hosts, look.people));
  if (d.format) facts.push({ term: 'Format', text: d.format });
}

function agreementFacts(
  d: AgreementData,
  look: Lookups,
  push: (term: string, links: NamedLink[]) => void,
  facts: Fact[],
) {
  facts.push({ term: 'Type', text: label(d.agreementType) });
  facts.push({ term: 'Stage', text: STAGE_WORDS[d.stage].stage });
  if (d.partyCountries.length) facts.push({ term: 'Parties (states)', text: countries(d.partyCountries) });
  push('Parties', namedLinks('organizations', d.parties, look.organizations));
  push('Signed by', namedLinks('people', d.signatories, look.people));
  const visit = d.duringVisit && look.entries.get(d.duringVisit.id);
  if (d.duringVisit && visit) {
    facts.push({
      term: STAGE_WORDS[d.stage].during,
      links: [{ id: d.duringVisit.id, name: visit.data.title, href: paths.entry(d.duringVisit.id) }],
    });
  }
}

export function entryFacts(d: EntryData, look: Lookups): Fact[] {
  const facts: Fact[] = [];
  const push = (term: string, links: NamedLink[]) => links.length > 0 && facts.push({ term, links });
  if (d.kind === 'visit') visitFacts(d, look, push, facts);
  if (d.kind === 'agreement') agreementFacts(d, look, push, facts);
  if (d.kind === 'event' && d.eventType !== 'other') facts.push({ term: 'Type', text: label(d.eventType) });
  push('Where', namedLinks('places', d.places, look.places));
  push('People', namedLinks('people', d.people, look.people));
  push('Organisations', namedLinks('organizations', d.organizations, look.organizations));
  push('Topics', namedLinks('topics', d.topics, look.topics));
  if (d.countries.length) facts.push({ term: 'Countries', text: countries(d.countries) });
  return facts;
}
