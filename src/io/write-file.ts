/**
 * Writes a file whole or not at all: under another name, then renamed over it, so that a
 * reader (another build, a page linked to the old file) never sees half a file. Imports
 * only Node, so the drawing threads (./share-worker.ts) use it as it is.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

export function writeWhole(file: string, data: Uint8Array | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
