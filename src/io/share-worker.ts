/**
 * A drawing thread of the share images (./share-draw.ts starts them): it receives the
 * fonts once and then laid-out cards, and answers each with its PNG. Node runs this file
 * as it is (type stripping), outside the build's bundle, so it imports only files that
 * import nothing but npm packages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Font } from 'satori';
import { drawPng } from '../lib/share/draw.ts';
import type { ShareNode } from '../lib/share/layout.ts';

const fonts = (workerData as { fonts: Font[] }).fonts;

parentPort?.on('message', (job: { id: number; tree: ShareNode }) => {
  drawPng(job.tree, fonts).then(
    (png) => parentPort?.postMessage({ id: job.id, png }),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: String(error) }),
  );
});
