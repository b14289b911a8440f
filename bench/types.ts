import type { Browser, Page } from 'playwright-core';

/** One figure in the benchmark table. `baseline` is the same figure for the baseline page, where one applies. */
export type BenchRow = {
  group: string;
  figure: string;
  value: number;
  unit: 'bytes' | 'ms' | 'count';
  baseline?: number;
  target?: string;
};

export type BenchContext = {
  /** Origin of the production build served locally, e.g. http://127.0.0.1:54123 */
  baseUrl: string;
  browser: Browser;
  /** A fresh page in a new context (cold cache) with the CPU throttled 4x. */
  newThrottledPage(): Promise<Page>;
  /** URL of the host harness framing a surface, e.g. harnessUrl({ surface: 'personal', host: 'outlook', page: 'my-actions' }). */
  harnessUrl(params: Record<string, string>): string;
  /** How many cold runs to take a median over. */
  runs: number;
};

/** A benchmark module under bench/ named *.bench.ts exports this as default. */
export type Bench = (ctx: BenchContext) => Promise<BenchRow[]>;
