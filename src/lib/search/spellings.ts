/**
 * US and UK spellings of the same word, so that a search for either finds a page that
 * uses the other ("fiber optic" finds the fibre-optic cable). The build adds the other
 * spelling of every word a page contains to its indexed, unseen text (see
 * ./attributes.ts); nothing a reader sees changes. Singular and plural are listed
 * separately because Pagefind's English stemmer does not join "fiber" and "fibre".
 */

/** [US, UK] pairs, lower case. Only words whose two spellings mean the same. */
export const SPELLINGS: readonly (readonly [us: string, uk: string])[] = [
  ['fiber', 'fibre'],
  ['fibers', 'fibres'],
  ['ton', 'tonne'],
  ['tons', 'tonnes'],
  ['program', 'programme'],
  ['programs', 'programmes'],
  ['center', 'centre'],
  ['centers', 'centres'],
  ['kilometer', 'kilometre'],
  ['kilometers', 'kilometres'],
  ['meters', 'metres'],
  ['liter', 'litre'],
  ['liters', 'litres'],
  ['defense', 'defence'],
  ['organization', 'organisation'],
  ['organizations', 'organisations'],
  ['modernization', 'modernisation'],
  ['harbor', 'harbour'],
  ['harbors', 'harbours'],
  ['labor', 'labour'],
  ['neighbor', 'neighbour'],
  ['neighboring', 'neighbouring'],
  ['catalog', 'catalogue'],
  ['gray', 'grey'],
];

const OTHER = new Map<string, string>(SPELLINGS.flatMap(([us, uk]) => [[us, uk] as const, [uk, us] as const]));

/** The Latin words of a text, lower case ("fibre-optic" gives "fibre" and "optic"). */
const words = (text: string): string[] => text.toLowerCase().match(/\p{Script=Latin}+/gu) ?? [];

/**
 * The other spelling of every listed word the texts contain, once each, in the order
 * found, leaving out spellings the texts already contain.
 */
export function otherSpellings(...texts: (string | undefined)[]): string[] {
  const found = new Set(texts.flatMap((t) => (t ? words(t) : [])));
  const out = new Set<string>();
  for (const w of found) {
    const other = OTHER.get(w);
    if (other && !found.has(other)) out.add(other);
  }
  return [...out];
}
