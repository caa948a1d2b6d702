/**
 * Files a build writes itself once Astro has rendered the pages: the thousands of small
 * endpoint files (each entry's citation downloads, the share images) that Astro would
 * otherwise render one route at a time, at about 2 ms of its own per route whatever the
 * file costs (the .bib, .ris and .json of 1,000 entries: 6.5 s, of which citation-js 0.2 s).
 *
 * An endpoint's `getStaticPaths` hands its routes to {@link writtenAfterBuild}: in a build
 * they become files for the `files-after-build` integration (src/integrations/), written
 * by the endpoint's own `GET`, and Astro gets no route; in `astro dev` Astro serves them
 * as usual. The hand-over goes through `globalThis` because the integration is loaded
 * with the config and the endpoint in Astro's page bundle: two copies of this module in
 * one process.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkFile } from './link-file';

/**
 * A file whose bytes are already on disk (a share image in the cache): linked into the
 * output folder, not written again. A build's output is hundreds of megabytes of new
 * pages; each byte written more can wait on the disk (the kernel holds back writers while
 * that much is unwritten), and a link writes none.
 */
export interface FileOnDisk {
  onDisk: string;
}

/** What an endpoint gives for one file: its response, or (in a build) the file on disk with its bytes. */
export type FileBody = Response | FileOnDisk;

/** The body of one file: the endpoint's response to its route. */
type Body = () => FileBody | Promise<FileBody>;

const PENDING = Symbol.for('kz-az-timeline.files-after-build');
type Global = typeof globalThis & { [PENDING]?: Map<string, Body> };

function pending(): Map<string, Body> {
  return ((globalThis as Global)[PENDING] ??= new Map());
}

/**
 * The routes for Astro: all of them in `astro dev`; none in a build, where each is kept
 * to be written after the pages, at `file(route)` (a path from the site's root, as the
 * URL builder makes it without the base, `/entries/x.bib`) by `render(route)`.
 */
export function writtenAfterBuild<R>(
  routes: R[],
  file: (route: R) => string,
  render: (route: R) => FileBody | Promise<FileBody>,
): R[] {
  if (import.meta.env.DEV) return routes;
  const files = pending();
  for (const route of routes) files.set(file(route), () => render(route));
  return [];
}

/** At most this many files are being rendered at once (a share image may wait for its drawing thread). */
const AT_ONCE = 64;

/** The file's bytes (or the file that has them), from its endpoint; an endpoint that fails or answers with an error names the file. */
async function contentOf(file: string, body: Body): Promise<Uint8Array | FileOnDisk> {
  let response: FileBody;
  try {
    response = await body();
  } catch (error) {
    throw new Error(`${file}: its endpoint failed: ${(error as Error).message}`, { cause: error });
  }
  if (!(response instanceof Response)) return response;
  if (!response.ok) throw new Error(`${file}: its endpoint answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Writes every file handed over since the last call into `outDir`, and forgets them;
 * returns how many. A file whose endpoint fails fails the build, named. (The writes are
 * synchronous: thousands of small files are written faster so than through Node's
 * thread pool, an open, a write and a close each.)
 */
export async function writePendingFiles(outDir: string): Promise<number> {
  const files = [...pending()];
  pending().clear();
  const root = path.resolve(outDir);
  const folders = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const [file, body] = files[next++]!;
      const content = await contentOf(file, body);
      // A path from the site's root, kept inside the output folder.
      const target = path.join(root, path.posix.normalize(`/${file}`));
      const folder = path.dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      if (content instanceof Uint8Array) writeFileSync(target, content);
      else linkFile(content.onDisk, target);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, files.length) }, worker));
  return files.length;
}
