/**
 * The worker side of ./thread-pool.ts: answers each `{ id, job }` with `{ id, result }`
 * or `{ id, error }`, one job at a time (a job that holds much memory, a share image's
 * pixels, is done before the next starts), in the order they came, except that a job
 * named by a `{ prefer: id }` goes next. Between two jobs the thread reads its messages.
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

type Message<J> = { id: number; job: J } | { prefer: number };

export function serveJobs<J, R>(work: (job: J) => R | Promise<R>): void {
  yieldToTheBuild();
  /** Jobs not begun, in the order they came. */
  const queue = new Map<number, J>();
  /** Ids of jobs wanted first, the latest wish first. */
  const preferred: number[] = [];
  let running = false;

  const nextId = () => {
    while (preferred.length) {
      const id = preferred.pop()!;
      if (queue.has(id)) return id;
    }
    return queue.keys().next().value;
  };

  async function runNext() {
    const id = nextId();
    if (id === undefined) {
      running = false;
      return;
    }
    const job = queue.get(id) as J;
    queue.delete(id);
    try {
      parentPort?.postMessage({ id, result: await work(job) });
    } catch (error) {
      parentPort?.postMessage({ id, error: String(error) });
    }
    // setImmediate, not a loop: the messages that came meanwhile (a `prefer`) are read first.
    setImmediate(() => void runNext());
  }

  parentPort?.on('message', (m: Message<J>) => {
    if ('prefer' in m) {
      preferred.push(m.prefer);
      return;
    }
    queue.set(m.id, m.job);
    if (!running) {
      running = true;
      setImmediate(() => void runNext());
    }
  });
}
