/**
 * `npm run check`: validates all content without building the site. One line per
 * problem (`file:line: field: what is wrong — how to fix`), then a count; exit 1 on errors.
 */
import { runContentCheck } from './run-check';

const started = performance.now();
const { problems, report } = runContentCheck();
console.log(report + ` (${Math.round(performance.now() - started)} ms)`);
process.exitCode = problems.length ? 1 : 0;
