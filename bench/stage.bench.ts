/**
 * The stage following the chair: the chair's side panel and a stage open side by side (two pages of
 * one browser, as the chair's own Teams shows both; local mode, so both read this browser's store),
 * the chair moves on a step, and the figure is the time from the minutes' save reaching the store to
 * the stage showing the new step (epoch clock, shared by both pages). Then, with nothing changing,
 * the stage's reads of the store over half a minute, scaled to a minute: what every attendee's stage
 * costs the store. Baseline for the delay: the floor page's navigation to interactive in the same run.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';

import { passGate } from '../test/browser/support';
import { floorInteractive, frameOf, median } from './support';
import type { Bench, BenchContext, BenchRow } from './types';

/** The Level 3 demo case, whose chair is the harness's default user: the side panel is the chair's runner. */
const CASE_ID = 'case_demo_0102';
const CHANGES = 5;
const IDLE_MS = 30_000;

/** Counts the store reads each frame makes (IndexedDB requests are the local store's requests). */
const COUNT_READS = `(() => {
  window.__storeReads = 0;
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const name of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        window.__storeReads += 1;
        return original.apply(this, args);
      };
    }
  }
})();`;

async function openFrame(page: Page, ctx: BenchContext, surface: 'sidePanel' | 'meetingStage'): Promise<Frame> {
  await page.goto(ctx.harnessUrl({ surface, host: 'teams', theme: 'default', caseId: CASE_ID }));
  const frame = await frameOf(page, surface);
  await frame.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
  // tsx compiles the callbacks below with esbuild's keepNames, which calls a `__name` helper the page lacks.
  await frame.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
  return frame;
}

/** The saved minutes' version in the store, read in the side panel's frame. */
const minutesVersion = (frame: Frame) =>
  frame.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('mappa-panel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const rows = open.result.transaction('documents').objectStore('documents').index('idx').getAll('minutes|*');
          rows.onsuccess = () => {
            open.result.close();
            resolve(Math.max(0, ...(rows.result as Array<{ version: number }>).map((r) => r.version)));
          };
          rows.onerror = () => reject(rows.error);
        };
      }),
  );

async function followTheChair(ctx: BenchContext): Promise<{ delays: number[]; readsPerMinute: number }> {
  const context: BrowserContext = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(COUNT_READS);
    const chairPage = await context.newPage();
    const panel = await openFrame(chairPage, ctx, 'sidePanel');
    await passGate(panel);
    await panel.getByText(/^Step 1 of \d+/).waitFor({ timeout: 60_000 });
    await panel.getByText('All changes saved').waitFor({ timeout: 60_000 });
    const stagePage = await context.newPage();
    const stage = await openFrame(stagePage, ctx, 'meetingStage');
    await stage.getByText(/^Now:/).waitFor({ timeout: 60_000 });

    const delays: number[] = [];
    for (let change = 0; change < CHANGES; change += 1) {
      const step = await stage.evaluate(() => /Step (\d+) of/.exec(document.body.innerText)?.[1] ?? '0');
      const before = await minutesVersion(panel);
      // The stage notes the moment the next step shows, on its own clock (epoch, as the side panel's).
      const shown = stage.evaluate(
        (wanted) =>
          new Promise<number>((resolve) => {
            const check = () => {
              if (document.body.innerText.includes(`Step ${wanted} of`)) {
                observer.disconnect();
                resolve(Date.now());
              }
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            check();
          }),
        String(Number(step) + 1),
      );
      await panel.getByRole('button', { name: 'Next step' }).click();
      // The moment the save reached the store, seen from the side panel's frame.
      const saved = await panel.evaluate(async (version) => {
        const read = () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('mappa-panel');
            open.onsuccess = () => {
              const rows = open.result
                .transaction('documents')
                .objectStore('documents')
                .index('idx')
                .getAll('minutes|*');
              rows.onsuccess = () => {
                open.result.close();
                resolve(Math.max(0, ...(rows.result as Array<{ version: number }>).map((r) => r.version)));
              };
            };
          });
        for (;;) {
          if ((await read()) > version) return Date.now();
          await new Promise((r) => setTimeout(r, 5));
        }
      }, before);
      delays.push(Math.max(0, (await shown) - saved));
    }

    const readsBefore = await stage.evaluate(() => (window as unknown as { __storeReads: number }).__storeReads);
    await stagePage.waitForTimeout(IDLE_MS);
    const readsAfter = await stage.evaluate(() => (window as unknown as { __storeReads: number }).__storeReads);
    return { delays, readsPerMinute: ((readsAfter - readsBefore) * 60_000) / IDLE_MS };
  } finally {
    await context.close();
  }
}

const bench: Bench = async (ctx) => {
  const { delays, readsPerMinute } = await followTheChair(ctx);
  const floor: number[] = [];
  for (let i = 0; i < ctx.runs; i += 1) floor.push(await floorInteractive(ctx));
  const rows: BenchRow[] = [
    {
      group: 'Stage following the chair',
      figure: `saved change in the side panel to the stage showing it, median of ${delays.length} (baseline: floor page navigation to interactive)`,
      value: median(delays),
      unit: 'ms',
      baseline: median(floor),
    },
    {
      group: 'Stage following the chair',
      figure: `store reads per attendee's stage per minute, nothing changing (was every 2 s: 30)`,
      value: Math.round(readsPerMinute),
      unit: 'count',
      target: '<= 4',
    },
  ];
  return rows;
};

export default bench;
