/** Runs the real content check (loader, parser, schemas, rules) on a fixture folder written to disk. */
import { afterEach } from 'vitest';
import { runContentCheck } from '../../../src/check/index';
import { makeContent, type Fixture } from '../../helpers/content-fixture';

export const VISIT = 'entries/2025/2025-10-20-aliyev-in-astana.mdx';

let fixture: Fixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

/** Checks the valid fixture with `overrides` (null deletes a file); lines are the printed report. */
export function check(overrides: Record<string, string | null> = {}, today?: Date) {
  fixture?.cleanup();
  fixture = makeContent(overrides);
  const { problems, report } = runContentCheck(fixture.dir, fixture.dir, { today });
  return { problems, lines: report.split('\n'), report, dir: fixture.dir };
}
