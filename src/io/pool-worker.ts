/**
 * The worker side of ./thread-pool.ts: answers each `{ id, job }` with `{ id, result }`
 * or `{ id, error }`, one job at a time, in the order they came (a job that holds much
 * memory, a share image's pixels, is done before the next starts).
 *
 * The thread runs at a lower priority than the build's own (nice 10, on Linux): every
 * page waits on the build's thread, while the work here is wanted only later. On two
 * cores, the build's thread and two pools' threads at one priority left the build's
 * thread about two thirds of a core.
 */
import { readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';

/** Lowers this thread's priority where the system lets a thread have its own (Linux); elsewhere, nothing. */
function yieldToTheBuild(): void {
  try {
    // /proc/thread-self links to <pid>/task/<thread id>; setpriority on a thread id sets that thread's alone.
    os.setPriority(Number(path.basename(readlinkSync('/proc/thread-self'))), 10);
  } catch {
    // Not Linux, or not allowed: the thread keeps the build's priority.
  }
}

export function serveJobs<J, R>(work: (job: J) => R | Promise<R>): void {
  yieldToTheBuild();
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
