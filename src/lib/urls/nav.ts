/** The site's main navigation: the timeline, every entity collection of the registry, then the other sections. */
import { ENTITY_COLLECTIONS } from '../../collections';
import type { MessageKey } from '../../i18n';
import { paths } from './paths';

export interface NavLink {
  href: string;
  /** Its words in the dictionaries (src/i18n/). */
  key: MessageKey;
}

export const NAV: readonly NavLink[] = [
  { href: paths.home(), key: 'nav.timeline' },
  ...ENTITY_COLLECTIONS.map((c) => ({ href: paths.entities(c), key: `collection.${c}.plural` as const })),
  { href: paths.agreements(), key: 'nav.agreements' },
  { href: paths.years(), key: 'nav.years' },
  { href: paths.data(), key: 'nav.data' },
  { href: paths.map(), key: 'nav.map' },
  { href: paths.sources(), key: 'nav.sources' },
];
