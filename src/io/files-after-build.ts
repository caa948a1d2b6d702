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
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Whether `target` is there with these bytes already (kept from the last build, src/io/kept-output.ts). */
function hasBytes(target: string, content: Uint8Array): boolean {
  try {
    return statSync(target).size === content.byteLength && readFileSync(target).equals(content);
  } catch {
    return false;
  }
}

/** Whether `target` is there as a link to `from` already. */
function isLinkTo(target: string, from: string): boolean {
  try {
    const [a, b] = [statSync(target), statSync(from)];
    return a.ino === b.ino && a.dev === b.dev;
  } catch {
    return false;
  }
}

/** What {@link writePendingFiles} did: every file it placed (from the output folder, `/`-separated), and how many were there already. */
export interface WrittenFiles {
  files: string[];
  unchanged: number;
}

/**
 * Writes every file handed over since the last call into `outDir`, and forgets them. A
 * file left from the last build with the same bytes (or the same link) is left as it is;
 * any other is replaced by a new file, never rewritten in place (it may be a link to a
 * cached image). A file whose endpoint fails fails the build, named. (The writes are
 * synchronous: thousands of small files are written faster so than through Node's
 * thread pool, an open, a write and a close each.)
 */
export async function writePendingFiles(outDir: string): Promise<WrittenFiles> {
  const files = [...pending()];
  pending().clear();
  const root = path.resolve(outDir);
  const folders = new Set<string>();
  // Each path from the site's root, kept inside the output folder.
  const placed = files.map(([file]) => path.posix.normalize(`/${file}`).slice(1));
  let unchanged = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const [file, body] = files[i]!;
      const content = await contentOf(file, body);
      const target = path.join(root, placed[i]!);
      if (content instanceof Uint8Array ? hasBytes(target, content) : isLinkTo(target, content.onDisk)) {
        unchanged++;
        continue;
      }
      const folder = path.dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      rmSync(target, { force: true });
      if (content instanceof Uint8Array) writeFileSync(target, content);
      else linkFile(content.onDisk, target);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, files.length) }, worker));
  lastPlaced = placed;
  return { files: placed, unchanged };
}

let lastPlaced: string[] = [];

/** The files the last {@link writePendingFiles} placed (for src/integrations/kept-output.ts, which runs after it). */
export const filesPlacedAfterBuild = (): readonly string[] => lastPlaced;
