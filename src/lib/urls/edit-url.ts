/** The repository's editor for a file, and the file as it was at one commit. */

export interface Repository {
  url: string;
  branch: string;
}

/** The file's path in the repository, URL-encoded; undefined for a file outside the project (a test fixture). */
function repoPath(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  const rel = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (rel.startsWith('../') || rel.startsWith('/') || /^[a-z]:/i.test(rel)) return undefined;
  return rel.split('/').map(encodeURIComponent).join('/');
}

const repoUrl = (repo: Pick<Repository, 'url'>) => repo.url.replace(/\/+$/, '');

/**
 * The editor URL of a file given relative to the project root (as Astro's
 * `entry.filePath` is); undefined for a file outside the project (a test fixture).
 */
export function editUrl(repo: Repository, filePath: string | undefined): string | undefined {
  const path = repoPath(filePath);
  return path && `${repoUrl(repo)}/edit/${repo.branch}/${path}`;
}

/**
 * The file as it was at `commit` ("cite this version"); undefined without a commit or
 * for a file outside the project.
 */
export function versionUrl(
  repo: Pick<Repository, 'url'>,
  commit: string | undefined,
  filePath: string | undefined,
): string | undefined {
  const path = repoPath(filePath);
  return path && commit ? `${repoUrl(repo)}/blob/${commit}/${path}` : undefined;
}
