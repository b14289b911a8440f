/**
 * The composition root: picks the adapters for the configured mode and the host the surface runs
 * in. Nothing else in the app constructs an adapter.
 */
import type { AppConfig } from './config';
import type { LocalServicesOptions } from './createLocalServices';
import type { Services } from '../app/services';

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
 * Starts loading the services' code for the build's mode before the configuration is validated (that
 * needs the schemas, which are still loading); `createServices` then finds it loaded or on its way.
 */
export function preloadServices(mode: unknown): void {
  const loading = mode === 'graph' ? import('./createGraphServices') : import('./createLocalServices');
  loading.catch(() => undefined);
}
