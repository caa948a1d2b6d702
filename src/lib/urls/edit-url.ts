/** The repository's editor for a file. */

export interface Repository {
  url: string;
  branch: string;
}

/**
 * The editor URL of a file given relative to the project root (as Astro's
 * `entry.filePath` is); undefined for a file outside the project (a test fixture).
 */
export function editUrl(repo: Repository, filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  const rel = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (rel.startsWith('../') || rel.startsWith('/') || /^[a-z]:/i.test(rel)) return undefined;
  const path = rel.split('/').map(encodeURIComponent).join('/');
  return `${repo.url.replace(/\/+$/, '')}/edit/${repo.branch}/${path}`;
}
