/**
 * Everyone and everything an entry names, whatever its kind: the shared lists plus a
 * visit's visitors and hosts, an agreement's signatories, parties and states.
 */
import type { CountryCode } from '../../primitives/countries';
import { isAgreement, isVisit, type EntryData } from '../../schemas/types';

type Ref = { id: string };

export interface Participants {
  people: Ref[];
  organizations: Ref[];
  countries: CountryCode[];
}

export function participants(d: EntryData): Participants {
  const visit = isVisit(d) ? d : undefined;
  const agreement = isAgreement(d) ? d : undefined;
  return {
    people: [...d.people, ...(visit?.visitors ?? []), ...(visit?.hosts ?? []), ...(agreement?.signatories ?? [])],
    organizations: [...d.organizations, ...(agreement?.parties ?? [])],
    countries: [...d.countries, ...(visit ? [visit.from, visit.to] : []), ...(agreement?.partyCountries ?? [])],
  };
}
