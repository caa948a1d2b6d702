/**
 * The schema.org nodes every structured-data builder shares: the site, a web page, a
 * link to an entity's page, a cited source, a country. Each node names its page by an
 * absolute URL, so search engines and reference tools can follow it.
 */
import type { Country, CreativeWork, Organization, Person, Place, Thing, WebPage, WebSite } from 'schema-dts';
import { countryName, type CountryCode } from '../../primitives/countries';
import { isoDate } from '../../primitives/dates';
import type { EntityCollection } from '../../collections';
import type { Item, SourceData } from '../../schemas/types';
import { statedPublisher } from '../sources/citation';
import { paths } from '../urls/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '../../site';

const websiteId = () => `${paths.absolute(paths.home())}#website`;

/** The site, once per graph; other nodes point at it by its @id ({@link websiteRef}). */
export function websiteNode(): WebSite {
  const url = paths.absolute(paths.home());
  return {
    '@type': 'WebSite',
    '@id': websiteId(),
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url,
    inLanguage: 'en',
  };
}

/** A pointer to the site's node. */
export const websiteRef = () => ({ '@id': websiteId() });

export type PageType = 'WebPage' | 'CollectionPage';

/** A page of the site that is not itself an entry, entity or data series: a list, the about page. */
export function pageNode(type: PageType, name: string, description: string | undefined, url: string): WebPage {
  return { '@type': type, '@id': url, url, name, description, isPartOf: websiteRef(), inLanguage: 'en' };
}

const refNode = (collection: EntityCollection, id: string, name: string) => {
  const url = paths.absolute(paths.entity(collection, id));
  return { '@id': url, name, url };
};

/** Short references to an entity's page: its schema.org type, name and URL (the node's @id). */
export const personRef = (id: string, name: string): Person => ({ '@type': 'Person', ...refNode('people', id, name) });
export const organizationRef = (id: string, name: string): Organization => ({
  '@type': 'Organization',
  ...refNode('organizations', id, name),
});
export const placeRef = (id: string, name: string): Place => ({ '@type': 'Place', ...refNode('places', id, name) });
export const topicRef = (id: string, name: string): Thing => ({ '@type': 'Thing', ...refNode('topics', id, name) });

export const countryNode = (code: CountryCode): Country => ({ '@type': 'Country', name: countryName(code) });

/** A source document as cited: title, publisher, date at the precision the document gives, address. */
export function sourceNode(s: Item<SourceData>): CreativeWork {
  const d = s.data;
  const publisher = statedPublisher(d);
  return {
    '@type': 'CreativeWork',
    '@id': paths.absolute(paths.source(s.id)),
    name: d.title,
    ...(publisher && { publisher: { '@type': 'Organization', name: publisher } }),
    ...(d.published && { datePublished: isoDate(d.published.from) }),
    ...(d.url && { url: d.url }),
  };
}
