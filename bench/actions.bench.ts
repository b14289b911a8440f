/**
 * "My actions" with 500 actions across 100 panels, and the coordinator's view of all actions with
 * 10,000, each opened cold as a plain web page (how partner-agency guests reach it) with the CPU
 * throttled 4x. Figures, each the median of `ctx.runs` cold loads: navigation until the list has
 * rendered, and within that the page's own marks for reading the store (data) and building the
 * list (render). Navigation includes loading the bundle, which the surfaces benchmark measures.
 *
 * Each is set beside a plain list read from the same store in the same run (the baseline page's
 * `#list`: the same rows straight from IndexedDB, no decoding, rendered as plain list items).
 *
 * Seeding: the rows are written by the real IndexedDbStore (over fake-indexeddb, in node) so that
 * their layout is the store's own, then copied into the page's IndexedDB after a first load has
 * seeded the demo data; the page is then reloaded and timed.
 */
import { demoMe, demoPeople } from '../src/adapters/local/demoData';
import { actionKind, type Action, type ActionStatus, type Pillar } from '../src/core/actions/action.schema';
import type { Agency, Person } from '../src/core/people/agency';
import { isReady } from '../test/browser/support';
import { frameOf, kinded, median, seedPage, storedRows } from './support';
import type { Bench, BenchContext, BenchRow } from './types';

const pillarList: Pillar[] = [
  'supervision',
  'monitoringControl',
  'interventionsTreatment',
  'victimSafety',
  'contingency',
];
const statusList: ActionStatus[] = ['open', 'open', 'inProgress', 'done', 'notDoneCircumstances'];
const agencyList: Agency[] = ['police', 'probation', 'health', 'housing', 'childrensServices'];

function makeActions(count: number, panels: number, owner: (i: number) => Person): Action[] {
  const base = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const panel = i % panels;
    const due = new Date(base + ((i % 90) - 30) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `act_bench_${i}`,
      caseId: `case_bench_${panel}`,
      caseReference: `BM-2026-${String(panel + 1).padStart(4, '0')}`,
      meetingId: `mtg_bench_${panel}`,
      text: `Benchmark action ${i}: arrange a joint visit and report back to the panel`,
      pillar: pillarList[i % pillarList.length]!,
      owner: owner(i),
      dueDate: due,
      status: statusList[i % statusList.length]!,
      updates: [],
      createdAt: new Date(base - 60 * 86_400_000).toISOString(),
    };
  });
}

type Timing = { total: number; data: number; render: number };

/**
 * Loads the app cold (which creates and seeds the local store), writes the rows into it, then opens
 * `url` and times navigation to `rendered` being on the page, with the page's own marks splitting
 * that into reading the store (data) and building the list (render). The app's pages and the plain
 * list on the baseline page go through this one function, alternating run by run.
 */
async function measureOnce(
  ctx: BenchContext,
  url: string,
  rows: unknown[],
  rendered: string,
  mark: string,
  framed: boolean,
) {
  const page = await ctx.newThrottledPage();
  try {
    // A framed view is the personal tab in the harness, signed in as the person the URL names; its
    // figures are taken inside the tab's own frame, from that frame's navigation.
    const first = framed ? url : `${ctx.baseUrl}/personal.html#/my-actions`;
    await page.goto(first);
    await (framed ? await frameOf(page, 'personal') : page).waitForFunction(isReady, undefined, { timeout: 60_000 });
    await seedPage(page, rows);
    if (framed) await page.reload({ waitUntil: 'commit' });
    else {
      await page.goto('about:blank');
      await page.goto(url);
    }
    const target = framed ? await frameOf(page, 'personal') : page;
    // The selector names what "rendered" means for each view; performance.now() is time since navigation.
    const handle = await target.waitForFunction(
      (selector) => (document.querySelector(selector) ? performance.now() : false),
      rendered,
      { timeout: 120_000, polling: 'raf' },
    );
    const total = (await handle.jsonValue()) as number;
    const marks = await target.evaluate(
      (name) =>
        ['load-start', 'loaded', 'rendered'].map(
          (step) => performance.getEntriesByName(`${name}:${step}`, 'mark')[0]?.startTime ?? Number.NaN,
        ),
      mark,
    );
    const [start = Number.NaN, loaded = Number.NaN, done = Number.NaN] = marks;
    return { total, data: loaded - start, render: done - loaded };
  } finally {
    await page.close();
  }
}

type View = { url: string; rendered: string; mark: string; framed?: boolean };

async function measure(ctx: BenchContext, rows: unknown[], app: View, plain: View): Promise<[Timing, Timing]> {
  const appRuns: Timing[] = [];
  const plainRuns: Timing[] = [];
  for (let run = 0; run < ctx.runs; run++) {
    appRuns.push(await measureOnce(ctx, app.url, rows, app.rendered, app.mark, app.framed ?? false));
    plainRuns.push(await measureOnce(ctx, plain.url, rows, plain.rendered, plain.mark, plain.framed ?? false));
  }
  const summarise = (runs: Timing[]): Timing => ({
    total: median(runs.map((r) => r.total)),
    data: median(runs.map((r) => r.data)),
    render: median(runs.map((r) => r.render)),
  });
  return [summarise(appRuns), summarise(plainRuns)];
}

type Goals = { total?: string; data?: string; render?: string };

const rowsFor = (figure: string, baselineName: string, t: Timing, base: Timing, goals: Goals): BenchRow[] => {
  const row = (what: string, key: keyof Timing): BenchRow => ({
    group: 'Actions',
    figure: `${figure}: ${what} (baseline: ${baselineName})`,
    value: t[key],
    unit: 'ms',
    baseline: base[key],
    ...(goals[key] ? { target: goals[key] } : {}),
  });
  return [
    row('load to rendered', 'total'),
    row('data (store read and decode)', 'data'),
    row('render (sort, group, first page)', 'render'),
  ];
};

const bench: Bench = async (ctx) => {
  const rowsOf = (actions: Action[]) => storedRows(actions.map((a) => kinded(actionKind, a)));
  const mine = await rowsOf(makeActions(500, 100, () => demoMe));
  const others = (i: number): Person => ({
    id: `ppl_bench_${i % 200}`,
    name: `Bench Owner ${i % 200}`,
    email: `owner${i % 200}@${agencyList[i % agencyList.length]}.example.gov.uk`,
    agency: agencyList[i % agencyList.length]!,
  });
  const area = await rowsOf(makeActions(10_000, 1_000, others));

  const plainList = (query: string): View => ({
    url: `${ctx.baseUrl}/baseline.html#list?${query}`,
    rendered: 'section article',
    mark: 'plain-list',
  });
  const [myActions, myPlain] = await measure(
    ctx,
    mine,
    { url: `${ctx.baseUrl}/personal.html#/my-actions`, rendered: 'section article', mark: 'my-actions' },
    plainList(`owner=${encodeURIComponent(demoMe.id)}`),
  );
  const [allActions, allPlain] = await measure(
    ctx,
    area,
    {
      // All actions is for the area's coordinators: opened in the harness as the demo area's coordinator.
      url: ctx.harnessUrl({
        surface: 'personal',
        page: 'panels/actions',
        host: 'teams',
        theme: 'default',
        user: demoPeople.joWhitfield.email,
      }),
      rendered: 'table tbody tr',
      mark: 'all-actions',
      framed: true,
    },
    plainList('first=50'),
  );
  return [
    ...rowsFor('My actions, 500 actions across 100 panels', 'plain list of the 500 rows', myActions, myPlain, {
      data: '<= 1.0x',
      render: '<= 1.5x',
    }),
    ...rowsFor('Coordinator view, 10,000 actions', 'plain list of the first 50 rows', allActions, allPlain, {
      data: '<= 300 ms, or first page <= 100 ms',
    }),
    {
      group: 'Actions',
      figure: 'Coordinator view, 10,000 actions: first page read (data), against the goal of 100 ms',
      value: allActions.data,
      unit: 'ms',
      baseline: 100,
      target: '<= 1.0x (first page <= 100 ms)',
    },
  ];
};

export default bench;
