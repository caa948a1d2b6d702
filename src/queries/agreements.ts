/** View model of the agreements register. */
import type { PaginateFunction } from 'astro';
import { agreementRows } from '../lib/entry/agreements';
import { REGISTER_PAGE_SIZE } from '../lib/timeline/lists';
import { withCacheKeys } from './cache-key';
import { getEntries, getLookup } from './load';
import type { LocaleParam } from '../i18n/locales';

// Paginated so that the page does not grow with the corpus.
export async function getAgreementPages(paginate: PaginateFunction, params: LocaleParam = {}) {
  const look = await getLookup();
  return withCacheKeys(
    paginate(agreementRows(await getEntries(), look.organizations), { params, pageSize: REGISTER_PAGE_SIZE }),
  );
}
