/**
 * The coordinator's case register with 10,000 cases, opened cold as the Panels tab's home with the
 * CPU throttled 4x, beside the baseline page (React plus teams-js, the floor every page stands on)
 * loaded cold in the same run. Figures, each the median of `ctx.runs` loads: navigation until the
 * register's first rows are on screen, and within that the page's own marks for reading the store
 * and building the rows (data) and filtering, sorting and rendering the first page (render).
 *
 * Seeding as in the actions benchmark: the documents are written by the real IndexedDbStore (over
 * fake-indexeddb, in node) so that their layout is the store's own, then copied into the page's
 * IndexedDB after a first load has seeded the demo; the page is then reloaded and timed. With the
 * cases go their register entries (`registerEntriesFor`, packed in shards by `registerShardsFor`),
 * as local mode's own writes keep them; the last figure opens the same area without them, as the first load after an upgrade
 * does, when every entry is built from the documents.
 */
import { demoAreaSettings, demoDocuments, demoPeople } from '../src/adapters/local/demoData';
import type { KindedDocument } from '../src/adapters/local/indexedDbStore';
import { caseKind, type Case, type Category, type Level } from '../src/core/cases/case.schema';
import { registerShardKind, registerShardsFor } from '../src/core/cases/registerColumns';
import { registerEntriesFor } from '../src/core/cases/registerEntry';
import { meetingKind, seriesKind, type Meeting, type PanelSeries } from '../src/core/panels/series.schema';
import type { Agency } from '../src/core/people/agency';
import type { DocumentKind, Identified } from '../src/core/storage/defineDocument';
import { isReady } from '../test/browser/support';
import { kinded, median, seedPage, storedRows } from './support';
import type { Bench, BenchContext, BenchRow } from './types';

const CASES = 10_000;
const agencyList: Agency[] = ['police', 'probation', 'youthJustice', 'health', 'prison'];
const chairs = [demoPeople.helenMarsh, demoPeople.sianPryce, demoPeople.owenGreaves];

/** A realistic area: a third at each level, Level 2 and 3 cases with a series and a held panel, some in custody. */
function makeArea(count: number): KindedDocument[] {
  const now = Date.now();
  const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
  const docs: KindedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const level = ((i % 3) + 1) as Level;
    const category = ((i % 4) + 1) as Category;
    const caseId = `case_bench_${i}`;
    const reference = `BM-2026-${String(i + 1).padStart(5, '0')}`;
    const createdAt = new Date(now - (200 + (i % 300)) * 86_400_000).toISOString();
    const chair = chairs[i % chairs.length]!;
    const theCase: Case = {
      id: caseId,
      reference,
      area: 'Benchmark area',
      nominal: {
        name: `Bench Nominal ${i}`,
        dateOfBirth: day(-(16 + (i % 50)) * 365),
        aliases: [],
        identifiers: {},
        childSexOffender: false,
        inCustody: i % 7 === 0,
      },
      category,
      level,
      leadAgency: agencyList[i % agencyList.length]!,
      status: i % 20 === 0 ? 'exited' : 'active',
      createdAt,
      chair,
      members: [],
      ...(i % 7 === 0
        ? { disposal: { kind: 'custody', from: day(-700), until: day(i % 400), complex: i % 2 === 0 } }
        : {}),
      flags: { mediaInterest: i % 50 === 0, seriousCaseReview: false },
      ...(i % 11 === 0 ? { exitDue: day((i % 60) - 10) } : {}),
    };
    docs.push(kinded(caseKind, theCase));
    if (level === 1) continue;
    const seriesId = `ser_bench_${i}`;
    const series: PanelSeries = {
      id: seriesId,
      caseId,
      caseReference: reference,
      level,
      cadenceWeeks: level === 3 ? 6 : 10,
      firstMeetingDate: day(-150),
      startTime: '10:00',
      durationMinutes: 60,
      timeZone: 'Europe/London',
      chair,
      members: [demoPeople.danOkoro, demoPeople.nadiaFarouk],
      status: 'active',
      createdAt,
    };
    const held: Meeting = {
      id: `mtg_bench_${i}`,
      seriesId,
      caseId,
      caseReference: reference,
      kind: 'review',
      sequence: 2,
      start: new Date(now - (i % 100) * 86_400_000).toISOString(),
      durationMinutes: 60,
      status: 'held',
    };
    docs.push(kinded(seriesKind, series), kinded(meetingKind, held));
  }
  return docs;
}

/**
 * The area's register entries, packed in shards as local mode's writes keep them. The page already
 * holds the demo's cases, and its shards are replaced by these (the same shard ids), so the demo's
 * cases are packed with the benchmark's: otherwise every timed load would find them missing and
 * rebuild and write back their shards, which the app does once after an upgrade, not on every open.
 */
function entriesOf(area: KindedDocument[]): KindedDocument[] {
  const docs = [...demoDocuments(new Date(), demoAreaSettings()), ...area];
  const ofKind = <T extends Identified>(kind: DocumentKind<T>) =>
    docs.filter((d) => d.kind.name === kind.name).map((d) => d.doc as T);
  const { timeZone } = demoAreaSettings();
  const entries = registerEntriesFor({
    cases: ofKind(caseKind),
    series: ofKind(seriesKind),
    meetings: ofKind(meetingKind),
    screenings: [],
    identifications: [],
    timeZone,
  });
  return registerShardsFor(entries, timeZone).map((shard) => kinded(registerShardKind, shard));
}

/** The baseline page loaded cold as a top-level page, as the register is: navigation to its interactive mark. */
async function baselineLoad(ctx: BenchContext): Promise<number> {
  const page = await ctx.newThrottledPage();
  try {
    await page.goto(`${ctx.baseUrl}/baseline.html`);
    await page.waitForFunction(isReady, undefined, { timeout: 60_000 });
    return await page.evaluate(
      () => performance.getEntriesByName('app-interactive', 'mark')[0]?.startTime ?? performance.now(),
    );
  } finally {
    await page.close();
  }
}

type Timing = { total: number; data: number; render: number };

async function registerLoad(ctx: BenchContext, rows: unknown[]): Promise<Timing> {
  const page = await ctx.newThrottledPage();
  try {
    await page.goto(`${ctx.baseUrl}/personal.html#/panels`);
    await page.waitForFunction(isReady, undefined, { timeout: 60_000 });
    await seedPage(page, rows);
    await page.reload();
    const handle = await page.waitForFunction(
      () => (document.querySelector('table[aria-label="Cases"] tbody tr') ? performance.now() : false),
      undefined,
      { timeout: 120_000, polling: 'raf' },
    );
    const total = (await handle.jsonValue()) as number;
    const [start = Number.NaN, loaded = Number.NaN, done = Number.NaN] = await page.evaluate(() =>
      ['load-start', 'loaded', 'rendered'].map(
        (step) => performance.getEntriesByName(`case-register:${step}`, 'mark')[0]?.startTime ?? Number.NaN,
      ),
    );
    return { total, data: loaded - start, render: done - loaded };
  } finally {
    await page.close();
  }
}

const bench: Bench = async (ctx) => {
  const area = makeArea(CASES);
  const rows = await storedRows([...area, ...entriesOf(area)]);
  const baseline: number[] = [];
  const register: Timing[] = [];
  // Alternating, so drift on a shared machine touches both figures alike.
  for (let run = 0; run < ctx.runs; run++) {
    baseline.push(await baselineLoad(ctx));
    register.push(await registerLoad(ctx, rows));
  }
  // The first open after an upgrade, with no entries yet: rarer, so timed fewer times.
  const withoutEntries = await storedRows(area);
  const upgrade: Timing[] = [];
  for (let run = 0; run < Math.min(3, ctx.runs); run++) upgrade.push(await registerLoad(ctx, withoutEntries));

  const floor = median(baseline);
  const group = 'Case register';
  const figure = `${CASES.toLocaleString('en-GB')} cases`;
  const baselineName = 'baseline page: navigation to interactive';
  const row = (what: string, runs: Timing[], key: keyof Timing, target?: string): BenchRow => ({
    group,
    figure: `${figure}: ${what} (baseline: ${baselineName})`,
    value: median(runs.map((r) => r[key])),
    unit: 'ms',
    baseline: floor,
    ...(target ? { target } : {}),
  });
  return [
    { group, figure: 'Baseline page: navigation to interactive', value: floor, unit: 'ms' },
    row('load to first rows rendered', register, 'total', '<= 2x'),
    row('data (entries read, rows built)', register, 'data', '<= 0.5x'),
    row('render (filter, sort, first page)', register, 'render', '<= 0.35x'),
    row('first open after an upgrade, every entry built from the documents', upgrade, 'total'),
  ];
};

export default bench;
