/**
 * What several benchmarks share: medians and percentiles, finding a surface's frame in the harness,
 * the floor page (src/benchmarkBaseline/) measured the way the surfaces are, so each benchmark can
 * report its figures as a ratio to a baseline taken in the same run, and seeding a page's local
 * store with documents laid out exactly as the app's own store writes them.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { Frame, Page } from 'playwright-core';

import { IndexedDbStore, type KindedDocument } from '../src/adapters/local/indexedDbStore';
import type { DocumentKind, Identified } from '../src/core/storage/defineDocument';
import { isReady, SURFACE_PAGES, type SurfaceName } from '../test/browser/support';
import type { BenchContext } from './types';

/** The local store's database, as the app names it. */
const DB_NAME = 'mappa-panel';
/** Rows per message from node to the page, so no one message is too large. */
const SEED_CHUNK = 10_000;

/**
 * The case the meeting surfaces are opened on: one the harness's default person (Helen Marsh, the
 * demo's Level 3 chair) is on, so they show the case (behind its confidentiality gate), not the
 * refusal a person who is not on a case sees.
 */
export const CASE_ID = 'case_demo_0102';
/** Its reference, which the shell shows once the surface is bound to it. */
export const CASE_REFERENCE = 'MP-2026-0102';

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

/** The floor page: React and teams-js. The goals are ratios to it. */
export const FLOOR_PAGE = 'baseline.html';
/**
 * The stack floor (src/benchmarkBaseline/stack.tsx): React, teams-js, zod and Fluent UI with the Teams
 * theme drawing a small first screen. Shown beside the goals' figures, as what the fixed stack alone costs.
 */
export const STACK_FLOOR_PAGE = 'baseline-stack.html';

/**
 * One cold load of a baseline page (the floor page unless another is named) framed by the harness in
 * the side panel's place (so it is measured exactly as the side panel is: from its frame's
 * navigation, with the harness answering `app.initialize`): milliseconds to its `app-interactive`
 * mark, CPU throttled 4x.
 */
export async function floorInteractive(ctx: BenchContext, baselinePage = FLOOR_PAGE): Promise<number> {
  const page = await ctx.newThrottledPage();
  try {
    const baselineUrl = `${ctx.baseUrl}/${baselinePage}`;
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

/** A document with its kind, as the local store writes many kinds at once. */
export const kinded = <T extends Identified>(kind: DocumentKind<T>, doc: T): KindedDocument => ({
  kind: kind as unknown as DocumentKind<Identified>,
  doc,
});

/**
 * The rows the local store keeps for these documents, exactly as it writes them: the real
 * IndexedDbStore writes them over fake-indexeddb in node, and its object store is read back.
 */
export async function storedRows(docs: readonly KindedDocument[]): Promise<unknown[]> {
  const factory = new IDBFactory();
  const store = new IndexedDbStore({ factory, databaseName: DB_NAME });
  const first = docs[0];
  if (first) await store.createAllIfEmpty(first.kind as DocumentKind<Identified>, [...docs]);
  await store.close();
  return new Promise((resolve, reject) => {
    const open = factory.open(DB_NAME);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('documents').objectStore('documents').getAll();
      all.onsuccess = () => resolve(all.result as unknown[]);
      all.onerror = () => reject(all.error);
    };
  });
}

/** Writes stored rows into the page's own local store (after a first load has created it). */
export async function seedPage(page: Page, rows: readonly unknown[]): Promise<void> {
  for (let at = 0; at < rows.length; at += SEED_CHUNK) {
    await page.evaluate(
      ({ name, rows }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('documents', 'readwrite');
            const store = tx.objectStore('documents');
            for (const row of rows) store.put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { name: DB_NAME, rows: rows.slice(at, at + SEED_CHUNK) },
    );
  }
}
