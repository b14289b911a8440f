/**
 * Starts one surface. Each surface's entry calls `startSurface` once, naming the surface and how to
 * load its view.
 *
 * A surface's first script holds only React, teams-js and this module: it paints a loading message
 * and starts the host handshake at once. Everything else (the schemas, Fluent UI, the shell, the
 * store, the view) loads after that first paint, all at the same time: in local mode the store
 * opens (and seeds, on a first start) as soon as its code has arrived, and `runSurface` then waits
 * for the services, works out the bound case and meeting, and renders the view inside the app
 * shell. The handshake, the store and the view's code overlap because each mostly waits (on the
 * host's answers, on IndexedDB, on the network).
 */
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

import { type Handshake, notifyHostReady, shakeHands } from '../adapters/host/hostHandshake';
import type { Surface } from '../core/host';
import type { Binding } from '../app/binding';
import { startServicesEarly } from './createServices';
import { renderStartupFailure, StartupLoading } from './startupFailure';
import type { Services } from '../app/services';

export type SurfaceName = Surface | 'landing';

/**
 * A page: one surface, or `meeting`, the one page Teams loads in every meeting frame, whose view
 * (side panel, stage or meeting tab) depends on the host's answer.
 */
export type PageName = SurfaceName | 'meeting';

export type SurfaceContext = { services: Services; binding: Binding };

/** What a surface's entry loads: how to render it, and what to start loading before the services are ready. */
export type SurfaceModule = {
  /** The surface the view is, where the page alone does not say (the meeting page). */
  surface?: SurfaceName;
  render: (context: SurfaceContext) => ReactNode;
  /** Starts loading the code the surface shows first, alongside the host and the store. */
  preload?: () => Promise<void>;
};

/** Replaced at build time by webpack's DefinePlugin; `config.ts` validates it, here only its mode is read. */
declare const __MAPPA_CONFIG__: { mode?: unknown } | undefined;

/** How long to wait for a host before carrying on as a plain web page. */
const HOST_TIMEOUT_MS = 1000;

/** Resolves once the browser has had a frame to paint what is already rendered. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export async function startSurface(
  page: PageName,
  /** Loads the view; the meeting page waits for the host's answer first, so it downloads only the view it shows. */
  loadView: (handshake: Promise<Handshake>) => Promise<SurfaceModule>,
  container: HTMLElement | null = document.getElementById('root'),
): Promise<void> {
  if (!container) throw new Error('The page has no #root element.');
  const root = createRoot(container);
  // Before the host has said its locale and before any catalogue: in both languages (see startupFailure.tsx).
  flushSync(() => root.render(<StartupLoading />));
  const handshake = shakeHands(HOST_TIMEOUT_MS);
  // runSurface reports a failed handshake; until then it must not count as unhandled.
  handshake.catch(() => undefined);

  await afterNextPaint();
  try {
    const view = loadView(handshake);
    // A failed preload is not fatal: the view loads its code again when it renders, and reports a failure then.
    const preloaded = view.then((v) => v.preload?.()).catch(() => undefined);
    // The host port (parsing what the host said) and the services start now, not once the shell has loaded.
    const hostReady = import('../adapters/host/teamsHost').then(({ hostFromHandshake }) =>
      handshake.then(hostFromHandshake),
    );
    hostReady.catch(() => undefined);
    const services = startServicesEarly(
      typeof __MAPPA_CONFIG__ === 'object' ? __MAPPA_CONFIG__?.mode : undefined,
      hostReady,
    );
    const { runSurface } = await import('./runSurface');
    if (typeof performance.mark === 'function') performance.mark('mappa:app-loaded');
    await runSurface({ page, root, handshake, hostReady, services, view, preloaded });
  } catch {
    // Only a part of the app that failed to load gets here (runSurface reports everything else).
    renderStartupFailure(root, undefined);
    // The host's loading indicator would otherwise hide the message.
    notifyHostReady(await handshake.catch((): Handshake => ({ kind: 'none' })));
  }
}
