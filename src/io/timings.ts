/**
 * Phase timings for the benchmark (bench/run.ts, "where the time goes"): with
 * BUILD_TIMINGS=1, `timed` prints `[timing] <phase> <ms>` once per call; otherwise it
 * only runs the work.
 */
const on = process.env.BUILD_TIMINGS === '1';

export function timed<T>(phase: string, work: () => T): T {
  if (!on) return work();
  const started = performance.now();
  const say = () => console.log(`[timing] ${phase} ${Math.round(performance.now() - started)}`);
  const result = work();
  if (result instanceof Promise) return result.finally(say) as T;
  say();
  return result;
}
