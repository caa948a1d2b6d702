/** Rows of the agreements register. */
import type { NameLookup } from './cards';
import { countryName } from '../../primitives/countries';
import type { DateSpec } from '../../primitives/dates';
import { isAgreement, type AgreementData, type EntryData, type Item } from '../../schemas/types';
import { label } from '../format/labels';
import { paths } from '../urls/paths';

export interface AgreementRow {
  id: string;
  href: string;
  date: DateSpec;
  title: string;
  type: string;
  parties: string;
  /** Signed, agreed or expected, as the sources say. */
  stage: string;
  status: string;
}

const isAgreementItem = (e: Item<EntryData>): e is Item<AgreementData> => isAgreement(e.data);

export function agreementRows(entries: readonly Item<EntryData>[], orgs: NameLookup): AgreementRow[] {
  return entries.filter(isAgreementItem).map(({ id, data: d }) => ({
    id,
    href: paths.entry(id),
    date: d.date,
    title: d.title,
    type: label(d.agreementType),
    parties: [...d.partyCountries.map(countryName), ...d.parties.map((p) => orgs.get(p.id)?.data.name ?? p.id)].join(
      ', ',
    ),
    stage: label(d.stage),
    status: label(d.status),
  }));
}
