/**
 * The worker side of ./thread-pool.ts: answers each `{ id, job }` with `{ id, result }`
 * or `{ id, error }`, one job at a time, in the order they came (a job that holds much
 * memory, a share image's pixels, is done before the next starts).
 */
import { parentPort } from 'node:worker_threads';

export function serveJobs<J, R>(work: (job: J) => R | Promise<R>): void {
  let queue: Promise<unknown> = Promise.resolve();
  parentPort?.on('message', ({ id, job }: { id: number; job: J }) => {
    queue = queue.then(async () => {
      try {
        parentPort?.postMessage({ id, result: await work(job) });
      } catch (error) {
        parentPort?.postMessage({ id, error: String(error) });
      }
    });
  });
}
