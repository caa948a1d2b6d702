/**
 * Threads beside the build for work that takes seconds over a big corpus (share images,
 * formatted citations). A worker file is a `.ts` file of the project that Node runs as it
 * is (type stripping), outside the build's bundle, so it imports only npm packages and
 * files like it; it answers each `{ id, job }` message with `{ id, result }` or
 * `{ id, error }` (./pool-worker.ts). When the file is not there (a bundle run from
 * elsewhere), or a thread dies (a Node without type stripping cannot load it), the jobs
 * run in this thread instead: slower, never lost. A job that fails in a thread fails.
 * A thread takes its jobs in the order they came, except those {@link Pool.prefer} names.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

interface Pending<R> {
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

export interface PoolOptions<J, R> {
  /** The worker file, from the project root (the build runs from a bundle in another folder), or an absolute path. */
  file: string;
  /** Given to every thread once (`workerData`). */
  data?: unknown;
  threads: number;
  /** The same work in this thread, for when the worker file is not there. */
  here: (job: J) => R | Promise<R>;
  /** What a failed job's error says, before the worker's message. */
  failure: string;
}

/** Threads for work beside the build's own thread: one fewer than the cores, at least one, at most four. */
export const besideBuild = () => Math.min(4, Math.max(1, os.availableParallelism() - 1));

export interface Pool<J, R> {
  (job: J): Promise<R>;
  /** Moves a job (the object given) that its thread has not begun to the front of its queue: it is wanted now. */
  prefer: (job: J) => void;
  /** Ends the threads, dropping the jobs not answered (a build that stops early); a later job starts them again. */
  stop: () => void;
}

/** A pool started on its first job; jobs go to its threads in turn. Idle, it does not keep the process alive. */
export function threadPool<J, R>(options: PoolOptions<J, R>): Pool<J, R> {
  const file = path.resolve(process.cwd(), options.file);
  const here = async (job: J) => options.here(job);
  let pool: { workers: Worker[]; pending: Map<number, Pending<R> & { job: J }>; next: number } | undefined;
  let broken = false;
  /** Where each job not yet answered went: its id and thread. */
  const sent = new Map<J, { id: number; worker: Worker }>();

  function start() {
    const pending = new Map<number, Pending<R> & { job: J }>();
    const workers = Array.from({ length: options.threads }, () => {
      const w = new Worker(file, { workerData: options.data });
      w.on('message', (m: { id: number; result?: R; error?: string }) => {
        const job = pending.get(m.id);
        pending.delete(m.id);
        if (job) sent.delete(job.job);
        if (m.error === undefined) job?.resolve(m.result as R);
        else job?.reject(new Error(`${options.failure}: ${m.error}`));
        if (pending.size === 0) for (const worker of workers) worker.unref();
      });
      w.on('error', () => {
        broken = true;
        for (const worker of workers) void worker.terminate();
        for (const { job, resolve, reject } of pending.values()) here(job).then(resolve, reject);
        pending.clear();
        sent.clear();
      });
      w.unref();
      return w;
    });
    return { workers, pending, next: 0 };
  }

  const run = (job: J) => {
    if (broken || !existsSync(file)) return here(job);
    pool ??= start();
    const p = pool;
    const id = p.next++;
    const worker = p.workers[id % p.workers.length]!;
    worker.ref();
    sent.set(job, { id, worker });
    return new Promise<R>((resolve, reject) => {
      p.pending.set(id, { resolve, reject, job });
      worker.postMessage({ id, job });
    });
  };
  const prefer = (job: J) => {
    const at = sent.get(job);
    at?.worker.postMessage({ prefer: at.id });
  };
  const stop = () => {
    for (const worker of pool?.workers ?? []) void worker.terminate();
    pool = undefined;
    sent.clear();
  };
  return Object.assign(run, { prefer, stop });
}
