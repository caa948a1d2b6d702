/**
 * `npm run check`: validates all content without building the site. One line per
 * problem (`file:line[:column]: field: what is wrong — how to fix`), then a count; exit 1 on errors.
 * `--today YYYY-MM-DD` checks as if on that day (planned items whose date has passed);
 * by default the day is the record's as-of day (AS_OF, else the last content commit).
 */
import { parseArgs } from 'node:util';
import { runContentCheck } from './run';

const { values } = parseArgs({ options: { today: { type: 'string' } } });
const today = values.today ? new Date(`${values.today}T00:00:00Z`) : undefined;
if (today && Number.isNaN(today.getTime())) {
  console.error(`--today ${values.today} is not a day — write it as YYYY-MM-DD`);
  process.exit(2);
}

const started = performance.now();
const { problems, notices, report } = runContentCheck(undefined, undefined, { today });
for (const notice of notices) console.log(notice);
console.log(report + ` (${Math.round(performance.now() - started)} ms)`);
process.exitCode = problems.length ? 1 : 0;
