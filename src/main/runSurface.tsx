/**
 * The part of starting a surface that loads after its first paint: the host port (parsing what the
 * host said), the services for the configured mode, the bound case and meeting, and the surface in
 * the app shell. `bootstrap.tsx` calls it once the loading message is on screen.
 */
import type { Root } from 'react-dom/client';

import type { Handshake } from '../adapters/host/hostHandshake';
import { hostFromHandshake } from '../adapters/host/teamsHost';
import type { HostPort } from '../core/host';
import { AppShell } from '../ui/shell/AppShell';
import { type Binding, bindingFor, resolveBinding } from '../app/binding';
import type { PageName, SurfaceModule, SurfaceName } from './bootstrap';
import { renderStartupFailure } from './startupFailure';
import { readConfig } from './config';
import { isAppError } from '../core/shared/errors';
import { createServices } from './createServices';
import type { Services } from '../app/services';
import { loadPageCatalogue } from '../i18n/catalogues';
import { chooseLocale } from '../i18n/locales';
import type { MessageKey } from '../i18n/message';
import { createTranslator } from '../i18n/translator';
import { readLanguageChoice } from '../ui/i18n/languageChoice';

const titles: Record<SurfaceName, MessageKey> = {
  sidePanel: 'shell.title.meeting',
  meetingStage: 'shell.title.meeting',
  meetingTab: 'shell.title.meetingTab',
  configuration: 'shell.title.configuration',
  personal: 'shell.title.app',
  landing: 'shell.title.app',
};

/** Surfaces that show one case, and so resolve and display their binding. */
const boundSurfaces: ReadonlySet<SurfaceName> = new Set(['sidePanel', 'meetingStage', 'meetingTab']);

/** Start-up phases on the performance timeline, for benchmarks and the browser's profiler. */
const mark = (name: string): void => {
  if (typeof performance.mark === 'function') performance.mark(name);
};

export async function runSurface(options: {
  page: PageName;
  root: Root;
  handshake: Promise<Handshake>;
  /** The host port, already on its way; built from the handshake here when not given. */
  hostReady?: Promise<HostPort>;
  /** Local mode's services, already started (see `startServicesEarly`); built here when not given. */
  services?: Promise<Services>;
  view: Promise<SurfaceModule>;
  /** The view's first code, preloaded: rendering before it has arrived would show a fallback first. */
  preloaded: Promise<unknown>;
}): Promise<void> {
  const { page, root } = options;
  const hostReady = options.hostReady ?? options.handshake.then(hostFromHandshake);
  let host: HostPort | undefined;
  try {
    // The store opens (and seeds, on a first start) while the host is still answering.
    const config = readConfig();
    const servicesReady =
      config.mode === 'local' && options.services ? options.services : createServices({ config, host: hostReady });
    // Whichever fails first is reported; the other's failure must not go unhandled meanwhile.
    servicesReady.catch(() => undefined);
    host = await hostReady;
    mark('mappa:host-ready');
    // The host's language (teams-js app.locale), unless the person chose another in the app.
    const locale = chooseLocale(host.context.locale, readLanguageChoice());
    const context = host.context;
    // Every view of the meeting page is bound, so the page alone says whether to resolve the binding,
    // and it is resolved as soon as the services are ready, while the view's code may still be arriving.
    const bound = page === 'meeting' || boundSurfaces.has(page);
    const bindingReady = servicesReady.then(async (services): Promise<Binding> => {
      mark('mappa:services-ready');
      if (!bound) return {};
      const found = await resolveBinding(services.storage, context, window.location.search, services.clock.now());
      const binding = await bindingFor(services, found);
      mark('mappa:binding-ready');
      return binding;
    });
    const [services, view, catalogue, binding] = await Promise.all([
      servicesReady,
      options.view,
      loadPageCatalogue(locale),
      bindingReady,
      options.preloaded,
    ]);
    const translator = createTranslator(locale, catalogue);
    const surface: SurfaceName = view.surface ?? (page === 'meeting' ? 'meetingTab' : page);
    root.render(
      <AppShell
        services={services}
        translator={translator}
        title={titles[surface]}
        bound={bound}
        caseReference={binding.caseReference}
      >
        {view.render({ services, binding })}
      </AppShell>,
    );
  } catch (error) {
    // The app's own errors say what to do (a setting, a permission, sign-in); anything else gets a general message (its text may hold case content).
    renderStartupFailure(root, isAppError(error) ? error.said : undefined);
  } finally {
    // The host's loading indicator would otherwise hide the error message too.
    host ??= await hostReady.catch(() => undefined);
    host?.notifyReady();
  }
}
