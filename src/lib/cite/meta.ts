/**
 * The `citation_*` meta tags (Highwire Press tags) that Zotero and Google Scholar read
 * from an entry page: title, the day this version was published, the permalink, the site.
 */
import type { CslItem } from './csl';
import { SITE_NAME } from '../../site';

export interface MetaTag {
  name: string;
  content: string;
}

/** A CSL date as Google Scholar writes dates: yyyy/mm/dd, only as far as known (yyyy/mm, yyyy). */
export function scholarDate(item: Pick<CslItem, 'issued'>): string | undefined {
  const parts = item.issued?.['date-parts'][0];
  return parts && parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/');
}

export function citationMeta(item: CslItem): MetaTag[] {
  const date = scholarDate(item);
  return [
    { name: 'citation_title', content: item.title },
    ...(date
      ? [
          { name: 'citation_publication_date', content: date },
          { name: 'citation_date', content: date },
        ]
      : []),
    ...(item.URL ? [{ name: 'citation_public_url', content: item.URL }] : []),
    { name: 'citation_publisher', content: SITE_NAME },
    { name: 'citation_language', content: 'en' },
  ];
}
