/**
 * What several benchmarks share: medians and percentiles, finding a surface's frame in the harness,
 * and the floor page (src/benchmarkBaseline/) measured the way the surfaces are, so each benchmark can
 * report its figures as a ratio to a baseline taken in the same run.
 */
import type { Frame, Page } from 'playwright-core';

import { isReady, SURFACE_PAGES, type SurfaceName } from '../test/browser/support';
import type { BenchContext } from './types';

export const CASE_ID = 'case_demo_0101';

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The surface's own frame inside the harness page. */
export async function frameOf(page: Page, surface: SurfaceName): Promise<Frame> {
  const file = SURFACE_PAGES[surface];
  for (let i = 0; i < 600; i += 1) {
    const found = page
      .frames()
      .find((f) => f !== page.mainFrame() && new URL(f.url(), 'http://x').pathname.endsWith(`/${file}`));
    if (found) return found;
    await page.waitForTimeout(50);
  }
  throw new Error(`the harness did not frame ${file}`);
}

/**
 * One cold load of the floor page framed by the harness in the side panel's place (so it is measured
 * exactly as the side panel is: from its frame's navigation, with the harness answering
 * `app.initialize`): milliseconds to its `app-interactive` mark, CPU throttled 4x.
 */
export async function floorInteractive(ctx: BenchContext): Promise<number> {
  const page = await ctx.newThrottledPage();
  try {
    const baselineUrl = `${ctx.baseUrl}/baseline.html`;
    await page.route(
      (url) => url.pathname.endsWith('.html') && !url.pathname.endsWith('/harness.html'),
      (route) => route.continue({ url: baselineUrl }).catch(() => undefined),
    );
    await page.goto(ctx.harnessUrl({ surface: 'sidePanel', host: 'teams', theme: 'default', caseId: CASE_ID }), {
      waitUntil: 'commit',
    });
    const frame = await frameOf(page, 'sidePanel');
    await frame.waitForFunction(isReady, undefined, { timeout: 60_000, polling: 'raf' });
    return await frame.evaluate(
      () => performance.getEntriesByName('app-interactive', 'mark')[0]?.startTime ?? performance.now(),
    );
  } finally {
    await page.close();
  }
}
