/** Site-wide settings. */
export const SITE_NAME = 'Kazakhstan–Azerbaijan Relations';
export const SITE_DESCRIPTION =
  'A cited public record of relations between Kazakhstan and Azerbaijan: visits, agreements and events, each with its sources.';
/** Where the content files live, for "Edit this page" links. */
export const REPOSITORY_URL = process.env.REPOSITORY_URL || 'https://github.com/kz-az-timeline/kz-az-timeline';
/** The branch that "Edit this page" opens the file on. */
export const REPOSITORY_BRANCH = process.env.REPOSITORY_BRANCH || 'main';

/**
 * The repository's editor for a file, given relative to the project root (as Astro's
 * `entry.filePath` is); undefined for a file outside the project (a test fixture).
 */
export function editUrl(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  const rel = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (rel.startsWith('../') || rel.startsWith('/') || /^[a-z]:/i.test(rel)) return undefined;
  return `${REPOSITORY_URL.replace(/\/+$/, '')}/edit/${REPOSITORY_BRANCH}/${rel.split('/').map(encodeURIComponent).join('/')}`;
}
