/**
 * Rows of the agreements register. Type, stage and status stay the schema's codes and
 * party states their country codes: the register writes them in the page's language.
 */
import type { NameLookup } from './cards';
import type { DateSpec } from '../../primitives/dates';
import { isAgreement, type AgreementData, type EntryData, type Item } from '../../schemas/types';
import type { Locale } from '../../i18n/locales';
import { countryLabel } from '../format/labels';
import { paths } from '../urls/paths';

export interface AgreementRow {
  id: string;
  href: string;
  date: DateSpec;
  title: string;
  type: AgreementData['agreementType'];
  partyCountries: AgreementData['partyCountries'];
  /** The party organisations' names. */
  parties: string[];
  /** Signed, agreed or expected, as the sources say. */
  stage: AgreementData['stage'];
  status: AgreementData['status'];
}

const isAgreementItem = (e: Item<EntryData>): e is Item<AgreementData> => isAgreement(e.data);

export function agreementRows(entries: readonly Item<EntryData>[], orgs: NameLookup): AgreementRow[] {
  return entries.filter(isAgreementItem).map(({ id, data: d }) => ({
    id,
    href: paths.entry(id),
    date: d.date,
    title: d.title,
    type: d.agreementType,
    partyCountries: d.partyCountries,
    parties: d.parties.map((p) => orgs.get(p.id)?.data.name ?? p.id),
    stage: d.stage,
    status: d.status,
  }));
}

/** The party states in a language, then the party organisations: "Kazakhstan, Azerbaijan, SOCAR". */
export const partyNames = (row: Pick<AgreementRow, 'partyCountries' | 'parties'>, locale: Locale = 'en'): string =>
  [...row.partyCountries.map((c) => countryLabel(c, locale)), ...row.parties].join(', ');
