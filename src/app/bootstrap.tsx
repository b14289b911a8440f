/**
 * Starts one surface: connects to the host (or falls back to a plain browser), builds the services
 * for the configured mode, works out the bound case and meeting, and renders the surface inside the
 * app shell. Each surface's entry calls `startSurface` once.
 *
 * The host handshake, the store (opening, and seeding on a first start) and the surface's own code
 * all start at once rather than one after another: each of them mostly waits (on the host's answers,
 * on IndexedDB, on the network), so overlapping them is most of a cold start's speed.
 */
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

import { connectHost } from '../adapters/host/teamsHost';
import type { HostPort, Surface } from '../core/host';
import { AppShell } from '../ui/shell/AppShell';
import { resolveBinding, type Binding } from './binding';
import { ConfigError, readConfig } from './config';
import { createServices } from './createServices';
import type { Services } from './services';

export type SurfaceName = Surface | 'landing';

export type SurfaceContext = { services: Services; binding: Binding };

const titles: Record<SurfaceName, string> = {
  sidePanel: 'MAPPA panel',
  meetingStage: 'MAPPA panel',
  meetingTab: 'MAPPA panel minutes',
  configuration: 'Set up MAPPA Panel',
  personal: 'MAPPA Panel',
  landing: 'MAPPA Panel',
};

/** Surfaces that show one case, and so resolve and display their binding. */
const boundSurfaces: ReadonlySet<SurfaceName> = new Set(['sidePanel', 'meetingStage', 'meetingTab']);

/** How long to wait for a host before carrying on as a plain web page. */
const HOST_TIMEOUT_MS = 1000;

export type StartOptions = {
  /** Starts loading the code the surface shows first, alongside the host and the store. */
  preload?: () => void;
  container?: HTMLElement | null;
};

export async function startSurface(
  surface: SurfaceName,
  render: (context: SurfaceContext) => ReactNode,
  options: StartOptions = {},
): Promise<void> {
  const container = options.container === undefined ? document.getElementById('root') : options.container;
  if (!container) throw new Error('The page has no #root element.');
  const root = createRoot(container);
  root.render(<p>Loading MAPPA Panel…</p>);

  const hostReady = connectHost({ timeoutMs: HOST_TIMEOUT_MS });
  let host: HostPort | undefined;
  try {
    const servicesReady = createServices({ config: readConfig(), host: hostReady });
    // Whichever fails first is reported; the other's failure must not go unhandled meanwhile.
    servicesReady.catch(() => undefined);
    options.preload?.();
    host = await hostReady;
    const services = await servicesReady;
    const bound = boundSurfaces.has(surface);
    const binding = bound
      ? await resolveBinding(services.storage, host.context, window.location.search, services.clock.now())
      : {};
    root.render(
      <AppShell services={services} title={titles[surface]} bound={bound} caseReference={binding.caseReference}>
        {render({ services, binding })}
      </AppShell>,
    );
  } catch (error) {
    renderStartupFailure(root, error);
  } finally {
    // The host's loading indicator would otherwise hide the error message too.
    host ??= await hostReady.catch(() => undefined);
    host?.notifyReady();
  }
}

function renderStartupFailure(root: Root, error: unknown): void {
  // Configuration errors name the setting to fix; anything else gets a general message (its text may hold case content).
  const detail = error instanceof ConfigError ? error.message : 'Reload the page to try again.';
  root.render(
    <div role="alert">
      <h1>MAPPA Panel could not start</h1>
      <p>{detail}</p>
    </div>,
  );
}
