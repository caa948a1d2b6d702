/** Runs axe-core in a page for WCAG 2.2 A/AA and returns the violations, summarised. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe into every document the page opens from now on, before the document's own
 * scripts, as the browser's own script (outside the page's Content-Security-Policy): for
 * a page that visits many URLs, cheaper than evaluating axe again after each navigation.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axeSource });
}

export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol when not preloaded: a <script> tag would be
  // refused by the page's Content-Security-Policy, and the pages are tested under the
  // policy readers get.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Only the violations are read: axe skips gathering the elements that passed.
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
  });
  return violations;
}
