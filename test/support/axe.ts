/**
 * Issue 19, item 6: axe-core run in Chromium over the pages the browser suites visit. Danish
 * public bodies must meet WCAG 2.1 AA (the web accessibility act); a serious or critical finding
 * fails the suite with the rule, the elements and axe's help text.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FAILING = new Set(['serious', 'critical']);

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string }[];
}

interface AxeWindow {
  axe?: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; html: string }[];
      }[];
    }>;
  };
  document: unknown;
}

/** axe's findings on the page as it is now (WCAG 2.0/2.1 A and AA rules and axe's best practices). */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, so the pages' script policy (no inline, no eval)
  // does not stop it and need not be loosened for the test.
  if (!(await page.evaluate(() => (globalThis as unknown as AxeWindow).axe !== undefined)))
    await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const g = globalThis as unknown as AxeWindow;
    const result = await g.axe!.run(g.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200) })),
    }));
  });
}

/**
 * Charts drawn as SVG that a screen reader could not put into words: every `<svg>` not hidden
 * from it must be an image or a group with a label (the label is the chart's text alternative).
 */
export function chartsWithoutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface El {
      getAttribute(name: string): string | null;
      closest(selector: string): El | null;
      outerHTML: string;
    }
    const g = globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<El> } };
    return [...g.document.querySelectorAll('svg')]
      .filter((svg) => !svg.closest('[aria-hidden="true"]'))
      .filter((svg) => {
        const role = svg.getAttribute('role');
        const text = svg.getAttribute('aria-label') ?? svg.getAttribute('aria-labelledby');
        return !(role === 'img' || role === 'group') || !text?.trim();
      })
      .map((svg) => svg.outerHTML.slice(0, 120));
  });
}

/**
 * Fails with every serious or critical finding on the page, and every chart without a text
 * alternative, named by `what` (the page's name).
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const failing = (await axeFindings(page)).filter((f) => f.impact !== null && FAILING.has(f.impact));
  const charts = await chartsWithoutText(page);
  if (charts.length)
    failing.push({
      id: 'chart-text',
      impact: 'serious',
      help: 'A chart needs a text alternative',
      nodes: charts.map((html) => ({ target: 'svg', html })),
    });
  if (failing.length === 0) return;
  const lines = failing.flatMap((f) => [
    `${f.impact} ${f.id}: ${f.help}`,
    ...f.nodes.slice(0, 5).map((n) => `    ${n.target}  ${n.html}`),
  ]);
  throw new Error(`axe on ${what}: ${failing.length} serious or critical finding(s)\n${lines.join('\n')}`);
}
