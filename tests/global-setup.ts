/**
 * Builds the real site once before the tests that read dist/ (set SKIP_BUILD=1 to
 * reuse an existing dist/ while iterating).
 */
import { astro } from './helpers/astro';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  const started = Date.now();
  const { status, output } = astro(['build']);
  if (status !== 0) throw new Error(`astro build failed:\n${output}`);
  console.log(`built the site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
