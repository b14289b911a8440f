/**
 * The coordinators' audit page with 100,000 audit events (a page of 100 rows on screen), opened cold
 * in the harness as the area's coordinator with the CPU throttled 4x, beside the floor page framed
 * the same way in the same run. Figures, each the median of `ctx.runs` loads: the page's frame
 * navigation until the first rows are on screen, and within that the page's own marks for reading
 * the store (data) and filtering and rendering the first page (render).
 *
 * Seeding: the events are written by the real IndexedDbStore (over fake-indexeddb, in node) so their
 * layout is the store's own, then copied into the page's IndexedDB after a first load has seeded
 * the demo; the harness is then reloaded and timed.
 */
import { demoPeople } from '../src/adapters/local/demoData';
import type { KindedDocument } from '../src/adapters/local/indexedDbStore';
import { auditKind, type AuditEvent, type AuditVerb } from '../src/core/audit/audit.schema';
import { isReady } from '../test/browser/support';
import { floorInteractive, frameOf, kinded, median, seedPage, STACK_FLOOR_PAGE, storedRows } from './support';
import type { Bench, BenchContext, BenchRow } from './types';

const EVENTS = 100_000;
const verbs: AuditVerb[] = ['view', 'view', 'view', 'edit', 'export', 'distribute', 'finalise', 'remind'];
const actors = Object.values(demoPeople);

function makeEvents(count: number): KindedDocument[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const actor = actors[i % actors.length]!;
    const event: AuditEvent = {
      id: `aud_bench_${i}`,
      // One event every five minutes, going back about a year.
      at: new Date(now - (count - i) * 300_000).toISOString(),
      actor: { id: actor.id, name: actor.name },
      verb: verbs[i % verbs.length]!,
      subject: { kind: 'minutes', id: `mtg_bench_${i % 2_000}` },
      caseId: `case_bench_${i % 1_000}`,
      reason: 'Opened from the register',
      detail: { surface: 'meetingTab' },
    };
    return kinded(auditKind, event);
  });
}

type Timing = { total: number; data: number; render: number };

async function auditLoad(ctx: BenchContext, rows: unknown[]): Promise<Timing> {
  const page = await ctx.newThrottledPage();
  try {
    const url = ctx.harnessUrl({
      surface: 'personal',
      page: 'panels/audit',
      host: 'teams',
      theme: 'default',
      user: demoPeople.joWhitfield.email,
    });
    await page.goto(url);
    const first = await frameOf(page, 'personal');
    await first.waitForFunction(isReady, undefined, { timeout: 60_000 });
    await seedPage(page, rows);
    await page.reload({ waitUntil: 'commit' });
    const frame = await frameOf(page, 'personal');
    const handle = await frame.waitForFunction(
      () => (document.querySelector('table[aria-label="Audit events"] tbody tr') ? performance.now() : false),
      undefined,
      { timeout: 300_000, polling: 'raf' },
    );
    const total = (await handle.jsonValue()) as number;
    const [start = Number.NaN, loaded = Number.NaN, done = Number.NaN] = await frame.evaluate(() =>
      ['load-start', 'loaded', 'rendered'].map(
        (step) => performance.getEntriesByName(`audit-log:${step}`, 'mark')[0]?.startTime ?? Number.NaN,
      ),
    );
    return { total, data: loaded - start, render: done - loaded };
  } finally {
    await page.close();
  }
}

const bench: Bench = async (ctx) => {
  const rows = await storedRows(makeEvents(EVENTS));
  const floor: number[] = [];
  const stack: number[] = [];
  const audit: Timing[] = [];
  // Alternating, so drift on a shared machine touches both figures alike; fewer runs, each seeds 100,000 rows.
  const runs = Math.min(ctx.runs, 3);
  for (let run = 0; run < runs; run++) {
    floor.push(await floorInteractive(ctx));
    stack.push(await floorInteractive(ctx, STACK_FLOOR_PAGE));
    audit.push(await auditLoad(ctx, rows));
  }
  const base = median(floor);
  const group = 'Audit';
  const figure = `${EVENTS.toLocaleString('en-GB')} events, a page of 100 rows`;
  const row = (what: string, key: keyof Timing, target?: string): BenchRow => ({
    group,
    figure: `${figure}: ${what} (baseline: floor page framed by the harness)`,
    value: median(audit.map((r) => r[key])),
    unit: 'ms',
    baseline: base,
    ...(target ? { target } : {}),
  });
  return [
    { group, figure: 'Floor page framed by the harness: navigation to interactive', value: base, unit: 'ms' },
    row('load to first rows rendered', 'total', '<= 2x'),
    {
      group,
      figure: `${figure}: load to first rows rendered (beside the stack floor: React, teams-js, zod, Fluent UI)`,
      value: median(audit.map((r) => r.total)),
      unit: 'ms',
      baseline: median(stack),
    },
    row('data (store read and decode)', 'data', '<= 0.5x'),
    row('render (filter, first page)', 'render', '<= 0.35x'),
  ];
};

export default bench;
