/**
 * The facts box of an entry page: who, where, what kind, resolved to names and links.
 * The same facts serve every language: terms are message keys, and what needs words
 * (a visit's level and countries, a code, an agreement's stage) stays a code until
 * `factText` writes it in the page's language.
 */
import { namedLinks, type NamedLink } from './cards';
import type { Lookups } from './lookups';
import type { CountryCode } from '../../primitives/countries';
import type { AgreementData, EntryData, VisitData } from '../../schemas/types';
import { translator, type MessageKey } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { countryLabel, label } from '../format/labels';
import { paths } from '../urls/paths';

/** What a fact says, before it is put into words. */
export type FactText =
  | { visit: Pick<VisitData, 'level' | 'from' | 'to'> }
  /** A schema code: "memorandum", "summit". */
  | { code: string }
  /** What the sources say of an agreement: never "signed" unless a source says so. */
  | { stage: AgreementData['stage'] }
  | { countries: readonly CountryCode[] }
  /** Words of the entry itself (a visit's format), in English. */
  | { content: string };

export interface Fact {
  term: MessageKey;
  text?: FactText;
  links?: NamedLink[];
}

/** A fact's text in the page's language. */
export function factText(text: FactText, locale: Locale): string {
  const { t } = translator(locale);
  const countries = (codes: readonly CountryCode[]) => codes.map((c) => countryLabel(c, locale)).join(', ');
  if ('visit' in text) {
    const { level, from, to } = text.visit;
    return t('fact.visitText', {
      level: label(level, locale),
      from: countryLabel(from, locale),
      to: countryLabel(to, locale),
    });
  }
  if ('code' in text) return label(text.code, locale);
  if ('stage' in text) return t(`fact.stage.${text.stage}`);
  if ('countries' in text) return countries(text.countries);
  return text.content;
}

type Push = (term: MessageKey, links: NamedLink[]) => void;

function visitFacts(d: VisitData, look: Lookups, push: Push, facts: Fact[]) {
  facts.push({ term: 'fact.visit', text: { visit: { level: d.level, from: d.from, to: d.to } } });
  push('fact.visitors', namedLinks('people', d.visitors, look.people));
  push('fact.hosts', namedLinks('people', d.hosts, look.people));
  if (d.format) facts.push({ term: 'fact.format', text: { content: d.format } });
}

function agreementFacts(d: AgreementData, look: Lookups, push: Push, facts: Fact[]) {
  facts.push({ term: 'fact.type', text: { code: d.agreementType } });
  facts.push({ term: 'fact.stage', text: { stage: d.stage } });
  if (d.partyCountries.length) facts.push({ term: 'fact.partyStates', text: { countries: d.partyCountries } });
  push('fact.parties', namedLinks('organizations', d.parties, look.organizations));
  push('fact.signedBy', namedLinks('people', d.signatories, look.people));
  const visit = d.duringVisit && look.entries.get(d.duringVisit.id);
  if (d.duringVisit && visit) {
    facts.push({
      term: `fact.during.${d.stage}`,
      links: [{ id: d.duringVisit.id, name: visit.data.title, href: paths.entry(d.duringVisit.id) }],
    });
  }
}

export function entryFacts(d: EntryData, look: Lookups): Fact[] {
  const facts: Fact[] = [];
  const push: Push = (term, links) => links.length > 0 && facts.push({ term, links });
  if (d.kind === 'visit') visitFacts(d, look, push, facts);
  if (d.kind === 'agreement') agreementFacts(d, look, push, facts);
  if (d.kind === 'event' && d.eventType !== 'other') facts.push({ term: 'fact.type', text: { code: d.eventType } });
  push('fact.where', namedLinks('places', d.places, look.places));
  push('fact.people', namedLinks('people', d.people, look.people));
  push('fact.organisations', namedLinks('organizations', d.organizations, look.organizations));
  push('fact.topics', namedLinks('topics', d.topics, look.topics));
  if (d.countries.length) facts.push({ term: 'fact.countries', text: { countries: d.countries } });
  return facts;
}
