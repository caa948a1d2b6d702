/** The site's main navigation: the timeline, every entity collection of the registry, then the other sections. */
import { COLLECTIONS, ENTITY_COLLECTIONS } from '../../collections';
import { paths } from './paths';

export interface NavLink {
  href: string;
  label: string;
}

export const NAV: readonly NavLink[] = [
  { href: paths.home(), label: 'Timeline' },
  ...ENTITY_COLLECTIONS.map((c) => ({ href: paths.entities(c), label: COLLECTIONS[c].plural })),
  { href: paths.agreements(), label: 'Agreements' },
  { href: paths.years(), label: 'Years' },
  { href: paths.data(), label: 'Data' },
  { href: paths.map(), label: 'Map' },
  { href: paths.sources(), label: 'Sources' },
];
