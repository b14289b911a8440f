/**
 * Helpers for the browser tests (and the benchmarks): where the served build is, opening a surface
 * through the host harness, knowing when it is ready, and running axe-core inside its frame.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { chromiumLaunchOptions, repoRoot } from './server.js';
import { STATE_FILE } from './state.js';

export type SurfaceName = 'sidePanel' | 'meetingStage' | 'meetingTab' | 'configuration' | 'personal';
export type HostName = 'teams' | 'outlook';
export type ThemeName = 'default' | 'dark' | 'contrast';
export type PersonalPage = 'my-actions' | 'panels';

export type SurfaceOptions = {
  surface: SurfaceName;
  host: HostName;
  theme: ThemeName;
  caseId?: string;
  page?: PersonalPage;
  /** Who is signed in (the harness's default: the chair of the Level 3 demo case). */
  user?: string;
  /** The area's Microsoft 365 site the harness pretends, for the first-run site set-up in local mode. */
  site?: 'new' | 'refused';
};

/**
 * The HTML page each surface loads (see webpack.config.js): every meeting frame loads the one tab
 * page the configuration page saves, and the host's frame context picks its view.
 */
export const SURFACE_PAGES: Record<SurfaceName, string> = {
  sidePanel: 'tab.html',
  meetingStage: 'tab.html',
  meetingTab: 'tab.html',
  configuration: 'config.html',
  personal: 'personal.html',
};

/** Origin of the production build that globalSetup serves. */
export function baseUrl(): string {
  if (process.env.MAPPA_BASE_URL) return process.env.MAPPA_BASE_URL;
  if (existsSync(STATE_FILE)) {
    const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { baseUrl?: string };
    if (state.baseUrl) return state.baseUrl;
  }
  throw new Error('The browser tests need the jest "browser" project, whose globalSetup serves the build.');
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(await chromiumLaunchOptions());
}

export function harnessUrl(params: Record<string, string | undefined>, origin = baseUrl()): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  return `${origin}/harness.html?${query.toString()}`;
}

/** The surface's own frame inside the harness page. */
export async function surfaceFrame(page: Page, surface: SurfaceName, timeout = 20_000): Promise<Frame> {
  const file = SURFACE_PAGES[surface];
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page
      .frames()
      .find((f) => f !== page.mainFrame() && new URL(f.url(), 'http://x').pathname.endsWith(`/${file}`));
    if (frame) return frame;
    if (Date.now() > deadline) {
      throw new Error(
        `The harness did not frame ${file} (frames: ${page
          .frames()
          .map((f) => f.url())
          .join(', ')})`,
      );
    }
    await page.waitForTimeout(50);
  }
}

/** The second, stage-sized frame the harness opens when something is shared to the stage. */
export async function sharedStageFrame(page: Page, timeout = 20_000): Promise<Frame> {
  const element = await page.waitForSelector('section.surface-stage iframe', { timeout });
  const frame = await element.contentFrame();
  if (!frame) throw new Error('The shared stage has no frame.');
  return frame;
}

/**
 * A surface is ready when it says so: the shell sets `document.body.dataset.ready = "true"` and
 * `performance.mark('app-interactive')` once its content has rendered (the benchmark baseline page does the same).
 */
export function isReady(): boolean {
  return document.body?.dataset.ready === 'true' || performance.getEntriesByName('app-interactive', 'mark').length > 0;
}

export async function waitForReady(frame: Frame, timeout = 30_000): Promise<void> {
  // A function, not a string: the pages' CSP forbids the eval a string predicate needs.
  await frame.waitForFunction(isReady, undefined, { timeout });
}

/** Opens a surface through the harness and waits until it has rendered its content. */
export async function openSurface(page: Page, options: SurfaceOptions): Promise<Frame> {
  await page.goto(harnessUrl(options));
  const frame = await surfaceFrame(page, options.surface);
  await waitForReady(frame);
  return frame;
}

export type AxeViolation = { id: string; impact: string; help: string; targets: string[] };

const AXE_SOURCE_PATH = join(repoRoot, 'node_modules/axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Lets the frame's finite animations end (a dialog fading in, a colour transition mid-way: not what a
 * person reads); a spinner's never ends, so it is not waited for.
 */
export async function settleAnimations(frame: Frame): Promise<void> {
  await frame.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Runs axe-core in the frame against WCAG 2.2 AA and returns the serious and critical violations,
 * in the whole document or only inside the element `include` selects.
 * The source is evaluated through the DevTools protocol, which the page's CSP does not block.
 */
export async function runAxe(frame: Frame, include?: string): Promise<AxeViolation[]> {
  const loaded = await frame.evaluate('typeof window.axe === "object"');
  if (!loaded) await frame.evaluate(readFileSync(AXE_SOURCE_PATH, 'utf8'));
  return frame.evaluate(
    async ([tags, within]) => {
      type AxeNode = { target: unknown[]; element?: Element };
      type AxeResult = {
        violations: Array<{ id: string; impact?: string | null; help: string; nodes: AxeNode[] }>;
      };
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
      const context = within ? { include: [within] } : document;
      const result = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        elementRef: true,
      });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          ...v,
          // Fluent's focus manager (tabster) puts these round the page while a dialog's modalizer lives:
          // aria-hidden on purpose, focusable only to pass focus on at once. A known false positive,
          // shown and explained in docs/accessibility.md (microsoft/tabster#288); nothing else is let pass.
          nodes:
            v.id === 'aria-hidden-focus'
              ? v.nodes.filter((n) => !n.element?.matches('i[data-tabster-dummy][aria-hidden="true"]:empty'))
              : v.nodes,
        }))
        .filter((v) => v.nodes.length > 0)
        .map((v) => ({
          id: v.id,
          impact: v.impact ?? '',
          help: v.help,
          targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
        }));
    },
    [WCAG_22_AA, include] as const,
  );
}

/** The computed background colour the surface paints (body, or the first element that sets one). */
export async function surfaceBackground(frame: Frame): Promise<string> {
  // No named helpers inside evaluated functions: tsx's name-keeping wrapper does not exist in the page.
  return frame.evaluate(() => {
    const candidates = [
      document.body,
      ...Array.from(document.body.querySelectorAll<HTMLElement>('#root, #root > *, .fui-FluentProvider')),
    ];
    for (const el of candidates) {
      const colour = getComputedStyle(el).backgroundColor;
      if (colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour;
    }
    return 'transparent';
  });
}

/** Acknowledges the confidentiality statement if the frame asks (once per person and meeting). */
export async function passGate(frame: Frame): Promise<void> {
  const box = frame.getByRole('checkbox', { name: 'I have read the statement and I make these commitments' });
  await box.waitFor({ timeout: 30_000 }).catch(() => undefined);
  if (await box.isVisible().catch(() => false)) {
    await box.check();
    await frame.getByRole('button', { name: 'Acknowledge and continue' }).click();
  }
}

/** Everything the frame holds as text: markup, rendered text and the values of form fields. */
export const domText = (frame: Frame): Promise<string> =>
  frame.evaluate(() =>
    [
      document.documentElement.outerHTML,
      document.body.innerText,
      ...[...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value),
    ].join('\n'),
  );
