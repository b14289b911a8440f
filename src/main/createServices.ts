/**
 * The composition root: picks the adapters for the configured mode and the host the surface runs
 * in. Nothing else in the app constructs an adapter.
 */
import type { AppConfig } from './config';
import type { LocalServicesOptions } from './createLocalServices';
import type { Services } from '../app/services';
import type { HostPort } from '../core/host';

export type CreateServicesOptions = LocalServicesOptions & { config: AppConfig };

/** `host` may still be connecting: the mode's code loads (and the local store opens) meanwhile. */
export async function createServices(options: CreateServicesOptions): Promise<Services> {
  if (options.config.mode === 'graph') {
    // Loaded only in Graph mode, so MSAL and the Graph client never reach a local-mode bundle.
    const [{ createGraphServices }, host] = await Promise.all([import('./createGraphServices'), options.host]);
    return createGraphServices({ config: options.config, host });
  }
  // Loaded after the first paint, and never in Graph mode: IndexedDB, the demo data and their schemas.
  const { createLocalServices } = await import('./createLocalServices');
  return createLocalServices(options);
}

/**
 * Starts the services for the build's mode before the rest of the app has loaded. Local mode needs
 * no settings, so its store opens (and seeds, on a first start) at once, alongside the host handshake
 * and the view's code, instead of after them; the promise is what `createServices` would give.
 * Graph mode's settings must be validated first (by schemas still loading), so only its code starts
 * loading here, and `createServices` finds it loaded or on its way.
 */
export function startServicesEarly(mode: unknown, host: Promise<HostPort>): Promise<Services> | undefined {
  if (mode === 'graph') {
    import('./createGraphServices').catch(() => undefined);
    return undefined;
  }
  const services = import('./createLocalServices').then(({ createLocalServices }) => createLocalServices({ host }));
  // Reported when start-up awaits it.
  services.catch(() => undefined);
  return services;
}
