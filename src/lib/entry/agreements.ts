/** Rows of the agreements register. */
import type { NameLookup } from './cards';
import { countryName, type CountryCode } from '../../primitives/countries';
import { label } from '../format/labels';

interface AgreementLike {
  id: string;
  data: {
    kind: string;
    title: string;
    status: string;
    agreementType?: string;
    parties?: { id: string }[];
    partyCountries?: CountryCode[];
  };
}

export interface AgreementRow {
  id: string;
  title: string;
  type: string;
  parties: string;
  status: string;
}

export function agreementRows<T extends AgreementLike>(
  entries: readonly T[],
  orgs: NameLookup,
): (AgreementRow & { entry: T })[] {
  return entries
    .filter((e) => e.data.kind === 'agreement')
    .map((e) => ({
      entry: e,
      id: e.id,
      title: e.data.title,
      type: label(e.data.agreementType ?? 'agreement'),
      parties: [
        ...(e.data.partyCountries ?? []).map(countryName),
        ...(e.data.parties ?? []).map((p) => orgs.get(p.id)?.data.name ?? p.id),
      ].join(', '),
      status: label(e.data.status),
    }));
}
