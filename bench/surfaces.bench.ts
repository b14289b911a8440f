/**
 * For each surface (framed by the host harness, as Teams frames it) and for the baseline page (React plus
 * teams-js, same build): the JavaScript it loads before first paint and in total, gzipped, and the time
 * from the surface document's navigation to interactive, median of `ctx.runs` cold loads with the CPU
 * throttled 4x. "Interactive" is the app's `performance.mark('app-interactive')` (the shell sets it
 * together with `document.body.dataset.ready = "true"` once the content has rendered and shows no
 * spinner; the baseline page once teams-js has initialised and it has rendered).
 *
 * The baseline page is framed by the harness in the side panel's place, so it is measured exactly as the
 * surfaces are: from a frame's navigation, with the harness answering its `app.initialize`. (Loaded as
 * a top-level page its clock would also count starting the page's renderer, which a frame never pays.)
 *
 * The stack floor (`STACK`) is measured the same way, and each surface is also set beside it, as
 * information: the goals are ratios to the floor page.
 */
import { gzipSync } from 'node:zlib';
import type { Frame, Page, Response } from 'playwright-core';
import { isReady, SURFACE_PAGES, type SurfaceOptions } from '../test/browser/support';
import { CASE_ID, CASE_REFERENCE, FLOOR_PAGE, median, STACK_FLOOR_PAGE } from './support';
import type { Bench, BenchContext, BenchRow } from './types';

/** `page`: the baseline page framed in the side panel's place instead of the surface's own. */
type Target = { key: string; label: string; surface?: SurfaceOptions; page?: string };

const BASELINE: Target = {
  key: 'baseline',
  label: 'Floor page (React + teams-js)',
  surface: { surface: 'sidePanel', host: 'teams', theme: 'default', caseId: CASE_ID },
  page: FLOOR_PAGE,
};
/**
 * The fixed stack's own first screen (src/benchmarkBaseline/stack.tsx: React, teams-js, zod and Fluent
 * UI with the Teams theme). Not a goal's baseline: each surface is also set beside it, to show how much
 * of its time is the stack every surface stands on and how much is its own.
 */
const STACK: Target = {
  key: 'stack',
  label: 'Stack floor (React + teams-js + zod + Fluent UI)',
  surface: { surface: 'sidePanel', host: 'teams', theme: 'default', caseId: CASE_ID },
  page: STACK_FLOOR_PAGE,
};
const TARGETS: Target[] = [
  BASELINE,
  STACK,
  {
    key: 'sidePanel',
    label: 'Side panel',
    surface: { surface: 'sidePanel', host: 'teams', theme: 'default', caseId: CASE_ID },
  },
  {
    key: 'meetingStage',
    label: 'Stage',
    surface: { surface: 'meetingStage', host: 'teams', theme: 'default', caseId: CASE_ID },
  },
  {
    key: 'meetingTab',
    label: 'Meeting tab',
    surface: { surface: 'meetingTab', host: 'teams', theme: 'default', caseId: CASE_ID },
  },
  {
    key: 'configuration',
    label: 'Configuration',
    surface: { surface: 'configuration', host: 'teams', theme: 'default' },
  },
  {
    key: 'myActions',
    label: 'My actions',
    surface: { surface: 'personal', host: 'teams', theme: 'default', page: 'my-actions' },
  },
  { key: 'panels', label: 'Panels', surface: { surface: 'personal', host: 'teams', theme: 'default', page: 'panels' } },
];

/** The goals (the design's and the performance targets'), as ratios to the floor page measured in the same run. */
const GOALS = { before: '<= 2x', total: '<= 3x', interactive: '<= 1.3x' };

type Load = { interactiveMs: number; jsBeforePaint: number; jsTotal: number };

const harnessParams = (options: SurfaceOptions): Record<string, string> =>
  Object.fromEntries(
    Object.entries(options).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );

async function findFrame(page: Page, target: Target): Promise<Frame> {
  if (!target.surface) return page.mainFrame();
  const file = SURFACE_PAGES[target.surface.surface];
  for (let i = 0; i < 600; i += 1) {
    const found = page
      .frames()
      .find((f) => f !== page.mainFrame() && new URL(f.url(), 'http://x').pathname.endsWith(`/${file}`));
    if (found) return found;
    await page.waitForTimeout(50);
  }
  throw new Error(`the harness did not frame ${file}`);
}

/** One cold load: timings from inside the measured document, bytes from the network responses. */
async function coldLoad(ctx: BenchContext, target: Target, measureBytes: boolean): Promise<Load> {
  const page = await ctx.newThrottledPage();
  try {
    const scripts: Array<{ response: Response; frame: Frame }> = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push({ response, frame: response.frame() });
    });
    // Every surface document passes through the same interception, so the baselines' swap costs them nothing extra.
    const swapTo = target.page ? `${ctx.baseUrl}/${target.page}` : undefined;
    await page.route(
      (url) => url.pathname.endsWith('.html') && !url.pathname.endsWith('/harness.html'),
      // A request still in flight when the page closes must not take the whole run down.
      (route) => route.continue(swapTo ? { url: swapTo } : undefined).catch(() => undefined),
    );
    const url = target.surface ? ctx.harnessUrl(harnessParams(target.surface)) : `${ctx.baseUrl}/${FLOOR_PAGE}`;
    await page.goto(url, { waitUntil: 'commit' });
    const frame = await findFrame(page, target);
    await frame.waitForFunction(isReady, undefined, { timeout: 60_000, polling: 'raf' });
    const timing = await frame.evaluate(() => {
      const mark = performance.getEntriesByName('app-interactive', 'mark')[0];
      const paint =
        performance.getEntriesByName('first-contentful-paint')[0] ?? performance.getEntriesByName('first-paint')[0];
      // Only the ready flag without a mark: the moment it was seen is the closest figure there is.
      const interactive = mark?.startTime ?? performance.now();
      return {
        interactive,
        firstPaint: paint?.startTime ?? interactive,
        started: performance.getEntriesByType('resource').map((r) => ({ name: r.name, startTime: r.startTime })),
      };
    });
    // A meeting surface must have timed the case itself (behind its gate), not a refusal or "no case".
    if (!target.page && target.surface?.caseId) {
      const bound =
        (await frame
          .getByTestId('bound-case')
          .textContent()
          .catch(() => null)) ?? '';
      if (!bound.includes(CASE_REFERENCE)) throw new Error(`${target.label} is not bound to ${CASE_REFERENCE}`);
    }
    if (!measureBytes) return { interactiveMs: timing.interactive, jsBeforePaint: 0, jsTotal: 0 };

    // Let lazily loaded chunks arrive before counting the total.
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    const startedAt = new Map(timing.started.map((r) => [r.name, r.startTime]));
    let before = 0;
    let total = 0;
    for (const { response, frame: owner } of scripts) {
      if (owner !== frame) continue;
      const body = await response.body().catch(() => undefined);
      if (!body) continue;
      const gzipped = gzipSync(body).length;
      total += gzipped;
      const start = startedAt.get(response.url());
      if (start !== undefined && start < timing.firstPaint) before += gzipped;
    }
    return { interactiveMs: timing.interactive, jsBeforePaint: before, jsTotal: total };
  } finally {
    await page.close();
  }
}

const surfacesBench: Bench = async (ctx) => {
  const loads = new Map<string, Load[]>();
  const failures = new Map<string, string>();
  // Round-robin over the targets so drift on a shared machine touches every figure alike.
  for (let run = 0; run < ctx.runs; run += 1) {
    for (const target of TARGETS) {
      if (failures.has(target.key)) continue;
      try {
        const load = await coldLoad(ctx, target, run === 0);
        loads.set(target.key, [...(loads.get(target.key) ?? []), load]);
      } catch (error) {
        failures.set(target.key, error instanceof Error ? error.message : String(error));
      }
    }
  }
  for (const [key, message] of failures) {
    process.stderr.write(`surfaces bench: ${key} could not be measured: ${message}\n`);
  }

  const figures = (key: string) => {
    const list = loads.get(key);
    if (!list?.length) return undefined;
    return {
      before: list[0]!.jsBeforePaint,
      total: list[0]!.jsTotal,
      interactive: median(list.map((l) => l.interactiveMs)),
    };
  };
  const baseline = figures(BASELINE.key);
  const stack = figures(STACK.key);
  const rows: BenchRow[] = [];
  for (const target of TARGETS) {
    const f = figures(target.key);
    if (!f) continue;
    const isBaseline = target === BASELINE;
    const isSurface = !isBaseline && target !== STACK;
    const targets = isSurface ? GOALS : undefined;
    const row = (
      figure: string,
      value: number,
      unit: BenchRow['unit'],
      baselineValue?: number,
      aim?: string,
    ): BenchRow => ({
      group: target.label,
      figure,
      value,
      unit,
      ...(isBaseline || baselineValue === undefined ? {} : { baseline: baselineValue }),
      ...(aim ? { target: aim } : {}),
    });
    rows.push(
      row('JS before first paint (gzip)', f.before, 'bytes', baseline?.before, targets?.before),
      row('JS in total (gzip)', f.total, 'bytes', baseline?.total, targets?.total),
      row(
        `navigation to interactive (median of ${loads.get(target.key)!.length}, CPU 4x)`,
        f.interactive,
        'ms',
        baseline?.interactive,
        targets?.interactive,
      ),
    );
    if (isSurface && stack) {
      rows.push(
        row('JS in total, beside the stack floor (gzip)', f.total, 'bytes', stack.total),
        row('navigation to interactive, beside the stack floor', f.interactive, 'ms', stack.interactive),
      );
    }
  }
  return rows;
};

export default surfacesBench;
