import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { threadPool } from '../../src/io/thread-pool';

const dir = mkdtempSync(path.join(tmpdir(), 'thread-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker file in the temporary folder; `body` serves jobs with the project's serveJobs. */
function workerFile(name: string, body: string): string {
  const file = path.join(dir, name);
  const serve = pathToFileURL(path.resolve('src/io/pool-worker.ts')).href;
  writeFileSync(file, `import { serveJobs } from '${serve}';\n${body}\n`);
  return file;
}

/** A pool whose jobs, done here instead of in a thread, answer -n: a test sees which did them. */
const pool = (file: string, threads = 2) =>
  threadPool<number, number>({ file, threads, here: (n) => -n, failure: 'a job failed' });

describe('the thread pool', () => {
  it('answers every job from its threads, each with its own result', async () => {
    const square = pool(workerFile('square.ts', 'serveJobs((n: number) => n * n);'));
    expect(await Promise.all([1, 2, 3, 4, 5].map(square))).toEqual([1, 4, 9, 16, 25]);
  });

  it('fails a job that fails in its thread, saying which', async () => {
    const odd = pool(
      workerFile('odd.ts', 'serveJobs((n: number) => { if (n % 2) throw new Error("odd"); return n; });'),
    );
    await expect(odd(3)).rejects.toThrow('a job failed: Error: odd');
    expect(await odd(4)).toBe(4);
  });

  it('does the jobs in this thread when its threads cannot start, losing none', async () => {
    const dead = pool(workerFile('dead.ts', 'throw new Error("cannot load");'));
    expect(await Promise.all([1, 2, 3].map(dead))).toEqual([-1, -2, -3]);
    expect(await dead(4)).toBe(-4);
  });

  it('does a preferred job before the jobs that came earlier and have not begun', async () => {
    // One thread, each job about 20 ms: the jobs queue up behind the first.
    const slow = pool(
      workerFile(
        'slow.ts',
        'serveJobs((n: number) => { const end = Date.now() + 20; while (Date.now() < end); return n; });',
      ),
      1,
    );
    const done: number[] = [];
    const jobs = Array.from({ length: 12 }, (_, i) => slow(i).then((n) => done.push(n)));
    slow.prefer(11);
    await Promise.all(jobs);
    // Job 0 may have begun before the wish came; every other job waits for job 11.
    expect(done.indexOf(11)).toBeLessThanOrEqual(1);
    expect(done.filter((n) => n !== 11)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('stops: the jobs not answered are dropped, and a later job starts the threads again', async () => {
    // Job 1 would take a minute; the others are answered at once.
    const stopping = pool(
      workerFile(
        'sleepy.ts',
        'serveJobs((n: number) => (n === 1 ? new Promise<number>((r) => setTimeout(() => r(n), 60_000)) : n * 10));',
      ),
      1,
    );
    let answered = false;
    void stopping(1).then(() => (answered = true));
    stopping.stop();
    expect(await stopping(2)).toBe(20);
    expect(answered).toBe(false);
  });

  it('does the jobs in this thread when the worker file is not there', async () => {
    expect(await pool(path.join(dir, 'missing.ts'))(7)).toBe(-7);
  });
});
