import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type TAxeNode = { target: unknown[]; html: string; failureSummary?: string };
type TAxeViolation = { id: string; impact: string | null; help: string; nodes: TAxeNode[] };

/**
 * Runs axe-core (every rule it enables by default: WCAG 2.x A/AA and best practices) on the page as it
 * is now, and fails with one line per offending element: rule, impact, target and what to fix.
 * The page's context must be made with bypassCSP: true (see newContext), as axe is injected.
 */
export async function assertNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations;
  })) as TAxeViolation[];
  const lines = violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} [${v.impact ?? 'unknown'}] ${JSON.stringify(n.target)}: ${v.help}\n      ${n.html.slice(0, 200)}`,
    ),
  );
  assert.equal(
    lines.length,
    0,
    `axe found ${lines.length} violation(s) on ${label}:\n  ${lines.join('\n  ')}`,
  );
}
