/**
 * Where share images are drawn: in threads beside the build (src/io/share-worker.ts), so
 * that the cards drawn while Astro renders the pages cost the build little time; in this
 * thread when the worker file is not there to start (a bundle run from elsewhere).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from '../lib/share/card';
import type { DrawFont } from '../lib/share/draw';
import { renderSharePng } from '../lib/share/render';

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/** The worker file, from the project (the build runs from a bundle in another folder). */
const WORKER = path.join(process.cwd(), 'src/io/share-worker.ts');
/** One thread fewer than the cores (the build's own thread keeps rendering pages), at least one. */
const THREADS = Math.min(4, Math.max(1, os.availableParallelism() - 1));

let pool: { workers: Worker[]; jobs: Map<number, Job>; next: number } | undefined;

function start(fonts: readonly DrawFont[]) {
  const jobs = new Map<number, Job>();
  const workers = Array.from({ length: THREADS }, () => {
    const w = new Worker(WORKER, { workerData: { fonts } });
    w.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
      const job = jobs.get(m.id);
      jobs.delete(m.id);
      if (m.png) job?.resolve(Buffer.from(m.png));
      else job?.reject(new Error(`a share image could not be drawn: ${m.error}`));
      // An idle pool does not keep the build from ending.
      if (jobs.size === 0) for (const worker of workers) worker.unref();
    });
    w.on('error', (error) => {
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
    });
    w.unref();
    return w;
  });
  return { workers, jobs, next: 0 };
}

/** Draws a card in a drawing thread (in this one if there is none). */
export function drawInThread(card: ShareCard, fonts: readonly DrawFont[]): Promise<Buffer> {
  if (!existsSync(WORKER)) return renderSharePng(card, fonts);
  pool ??= start(fonts);
  const p = pool;
  const id = p.next++;
  const worker = p.workers[id % p.workers.length]!;
  worker.ref();
  return new Promise<Buffer>((resolve, reject) => {
    p.jobs.set(id, { resolve, reject });
    worker.postMessage({ id, card });
  });
}
