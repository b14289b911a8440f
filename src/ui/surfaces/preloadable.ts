import { createElement, lazy, type ComponentType } from 'react';

import { loadAreas, type Area } from '../../i18n/catalogues';
import { onceInteractive } from './interactive';

export type Preloadable<P> = ComponentType<P> & {
  /** Starts loading the component's code; resolves once it can render without suspending. */
  preload(): Promise<void>;
  /**
   * Starts loading on a sign the person is about to open it (pointer or focus on its button). A
   * failure is left for when it renders, which reports it.
   */
  warm(): void;
};

/**
 * Like `React.lazy`, but a component whose code was preloaded renders at once, and only once the
 * catalogue's `areas` it shows have loaded with its code (see `viewAreas.ts`). `React.lazy` always
 * suspends on its first render, even when the chunk has long arrived, and React then holds the
 * content back behind the fallback for its reveal throttle (about 300 ms): a surface that preloads
 * its first view while the host and the store start should not pay that.
 */
export function preloadable<P extends object>(
  loadCode: () => Promise<{ default: ComponentType<P> }>,
  areas: readonly Area[],
): Preloadable<P> {
  const load = () => Promise.all([loadCode(), loadAreas(areas)]).then(([module]) => module);
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = (): Promise<void> =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        // A failed load may be retried (by the next preload, or by lazy below when it renders).
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(load);
  function Preloaded(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  const warm = (): void => void preload().catch(() => undefined);
  return Object.assign(Preloaded, { preload, warm });
}

/** Runs `work` when the page is next idle, or after a short wait where that is not known. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}

/**
 * Runs `work` (loading the code behind the next screen) once the surface is interactive and the page
 * is next idle, so it never competes with the first screen for the main thread. A profile of the side
 * panel showed the minutes' forms being loaded and run while the confidentiality gate waited on the
 * store, ahead of the gate itself. Returns a function that calls it off, for an effect's clean-up.
 */
export function afterFirstScreen(work: () => void): () => void {
  let live = true;
  void onceInteractive().then(() =>
    whenIdle(() => {
      if (live) work();
    }),
  );
  return () => {
    live = false;
  };
}
