let resolveInteractive: () => void = () => undefined;
const interactive = new Promise<void>((resolve) => {
  resolveInteractive = resolve;
});

/** Said by `SurfaceReady` once the surface's first screen has settled. */
export const markInteractive = (): void => resolveInteractive();

/**
 * Resolves once the surface is interactive. Work the first screen does not need (the code behind the
 * next screen) waits for it, so it never competes with the first screen for the main thread. A module
 * of its own, so the entries that start loading views carry nothing else for it.
 */
export const onceInteractive = (): Promise<void> => interactive;
