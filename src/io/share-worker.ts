/**
 * A drawing thread of the share images (./share-draw.ts starts them): it receives the
 * fonts once and then cards, each with the file of the cache it goes to, and writes its
 * PNG there itself (the build's thread neither receives the bytes nor writes them). Node
 * runs this file as it is (type stripping), outside the build's bundle, so it imports only
 * files that import nothing but npm packages and each other.
 */
import { workerData } from 'node:worker_threads';
import type { DrawFont } from '../lib/share/draw.ts';
import { renderSharePng } from '../lib/share/render.ts';
import { serveJobs } from './pool-worker.ts';
import type { DrawJob } from './share-draw.ts';
import { writeWhole } from './write-file.ts';

const fonts = (workerData as { fonts: DrawFont[] }).fonts;

// One card at a time: the build sends every card at once, and drawing them all at once
// held a copy of every card's pixels (3 MB each) while the encoder worked through them.
serveJobs(async ({ card, file }: DrawJob) => {
  writeWhole(file, await renderSharePng(card, fonts));
  return true;
});
