/**
 * `npm run bench`: builds the production bundle, serves it, launches headless Chromium and runs every
 * bench/*.bench.ts (default export: Bench). Prints one table and writes bench-results/bench.json.
 * Each timing is set beside a baseline measured in the same run (the floor page, a bare textbox, a
 * plain list read from the same store), with its ratio and the goal: absolute milliseconds are not
 * comparable between runs on a shared machine. Figures are information, not gates: the run fails
 * only if a benchmark cannot run at all.
 *
 *   BENCH_RUNS=9 npm run bench     more cold loads per median (at least 5)
 *   MAPPA_DIST=dist npm run bench  reuse an existing production build
 *   BENCH_ONLY=surfaces npm run bench  only the named benchmarks (comma-separated file names without .bench.ts)
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildProduction, chromiumLaunchOptions, repoRoot, serveStatic } from '../test/browser/server.js';
import type { Bench, BenchContext, BenchRow } from './types';

const MIN_RUNS = 5;

function formatValue(value: number, unit: BenchRow['unit']): string {
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KiB`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  return String(value);
}

function printTable(rows: Array<BenchRow & { bench: string }>): void {
  const header = ['bench', 'group', 'figure', 'value', 'baseline', 'x baseline', 'goal'];
  const lines = rows.map((r) => [
    r.bench,
    r.group,
    r.figure,
    formatValue(r.value, r.unit),
    r.baseline === undefined ? '' : formatValue(r.baseline, r.unit),
    r.baseline ? `${(r.value / r.baseline).toFixed(2)}x` : '',
    r.target ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  process.stdout.write(`${row(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const l of lines) process.stdout.write(`${row(l)}\n`);
}

async function loadBenches(): Promise<Array<{ name: string; bench: Bench }>> {
  const dir = join(repoRoot, 'bench');
  const only = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.includes(f.replace(/\.bench\.ts$/, '')))
    .sort();
  const benches: Array<{ name: string; bench: Bench }> = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    // tsx may hand a CommonJS-compiled module back with its default export one level down.
    const candidate = mod.default as { default?: unknown } | undefined;
    const bench = typeof candidate === 'function' ? candidate : candidate?.default;
    if (typeof bench !== 'function') throw new Error(`bench/${file} has no default export of type Bench`);
    benches.push({ name: file.replace(/\.bench\.ts$/, ''), bench: bench as Bench });
  }
  return benches;
}

// Playwright settles a closed page's outstanding work (routes, responses) by rejecting it after the
// page has gone; such a rejection says nothing about the figures, anything else still fails the run.
process.on('unhandledRejection', (error) => {
  if (error instanceof Error && error.name.startsWith('TargetClosedError')) return;
  throw error;
});

async function main(): Promise<void> {
  const runs = Math.max(MIN_RUNS, Number(process.env.BENCH_RUNS) || MIN_RUNS);
  process.stderr.write('Building the production bundle…\n');
  const dist = await buildProduction();
  const server = await serveStatic(dist);
  const browser = await chromium.launch(await chromiumLaunchOptions());
  const chromiumVersion = browser.version();
  const contexts = new Set<BrowserContext>();

  const ctx: BenchContext = {
    baseUrl: server.baseUrl,
    browser,
    runs,
    harnessUrl: (params) => `${server.baseUrl}/harness.html?${new URLSearchParams(params).toString()}`,
    async newThrottledPage() {
      // A new context has an empty cache and storage, so every load is cold.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      contexts.add(context);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      page.once('close', () => {
        contexts.delete(context);
        context.close().catch(() => undefined);
      });
      return page;
    },
  };

  const results: Array<BenchRow & { bench: string }> = [];
  const failed: string[] = [];
  try {
    for (const { name, bench } of await loadBenches()) {
      process.stderr.write(`Running ${name} (${runs} cold loads per median)…\n`);
      try {
        for (const row of await bench(ctx)) results.push({ bench: name, ...row });
      } catch (error) {
        // One benchmark that cannot run does not take the others' figures with it; the run still fails.
        failed.push(name);
        process.stderr.write(`${name} could not run: ${error instanceof Error ? error.message : String(error)}\n`);
      }
      await Promise.all([...contexts].map((c) => c.close()));
      contexts.clear();
    }
  } finally {
    await browser.close();
    await server.close();
    if (!process.env.MAPPA_DIST) rmSync(dist, { recursive: true, force: true });
  }

  printTable(results);
  const outDir = join(repoRoot, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    chromium: chromiumVersion,
    cpuThrottling: 4,
    runs,
    rows: results.map((r) => ({ ...r, ratioToBaseline: r.baseline ? r.value / r.baseline : undefined })),
  };
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nWritten ${join('bench-results', 'bench.json')}\n`);
  if (failed.length) throw new Error(`Could not run: ${failed.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
