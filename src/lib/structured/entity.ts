/** An entity page's subject as schema.org: a Person, Organization, Place or (a topic) Thing. */
import type { Organization, Person, Place, Thing } from 'schema-dts';
import type { EntityCollection } from '../../collections';
import type { EntityData } from '../../schemas/types';
import { paths } from '../urls/paths';
import { countryNode } from './nodes';

/** The entity with what its file says: aliases, role, country; no coordinates (they are editorial). */
export function entityNode(
  collection: EntityCollection,
  id: string,
  d: EntityData,
): Person | Organization | Place | Thing {
  const url = paths.absolute(paths.entity(collection, id));
  const base = {
    '@id': url,
    url,
    name: d.name,
    ...(d.description && { description: d.description }),
    ...('aliases' in d && d.aliases.length > 0 && { alternateName: d.aliases }),
  };
  const country = 'country' in d && d.country ? countryNode(d.country) : undefined;
  switch (collection) {
    case 'people':
      return {
        '@type': 'Person',
        ...base,
        ...('role' in d && { jobTitle: d.role }),
        ...(country && { nationality: country }),
      };
    case 'organizations':
      return { '@type': 'Organization', ...base, ...(country && { location: country }) };
    case 'places':
      return { '@type': 'Place', ...base, ...(country && { containedInPlace: country }) };
    case 'topics':
      return { '@type': 'Thing', ...base };
  }
}
