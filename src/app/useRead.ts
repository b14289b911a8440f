import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** A read's state. A failure carries no text: each screen says its own, in the reader's language, and never the error's own (it may hold case content). */
export type Loaded<T> = { state: 'loading' } | { state: 'error' } | { state: 'ready'; value: T };

export type ReadOptions = {
  /**
   * Performance mark name: the first load leaves `<mark>:load-start`, `<mark>:loaded` and, once the
   * value is on screen, `<mark>:rendered`, so the benchmark can tell data time from render time.
   */
  mark?: string;
  /** Reads again at this interval (ms) while mounted. */
  pollMs?: number;
};

/**
 * The one read hook every screen's data comes through: loads once (and again on `reload`, or every
 * `pollMs`), keeping the last good value visible while it reloads. `load` must be stable (memoised);
 * a new `load` reads again.
 */
export function useRead<T>(
  load: () => Promise<T>,
  { mark, pollMs }: ReadOptions = {},
): [Loaded<T>, () => Promise<void>, (update: (v: T) => T) => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const marked = useRef(false);
  // Callers of `reload` waiting for the read it starts.
  const waiting = useRef<(() => void)[]>([]);
  useEffect(() => {
    let live = true;
    const settled = () => {
      for (const resolve of waiting.current.splice(0)) resolve();
    };
    const read = () => {
      const timed = mark !== undefined && !marked.current;
      if (timed) performance.mark(`${mark}:load-start`);
      load()
        .then(
          (value) => {
            if (timed && live) performance.mark(`${mark}:loaded`);
            if (live) setLoaded({ state: 'ready', value });
          },
          () => live && setLoaded({ state: 'error' }),
        )
        .finally(settled);
    };
    read();
    const timer = pollMs ? setInterval(read, pollMs) : undefined;
    return () => {
      live = false;
      if (timer) clearInterval(timer);
    };
  }, [load, round, mark, pollMs]);
  // A layout effect runs once the value is in the DOM, before paint: the mark is not delayed by other work.
  useLayoutEffect(() => {
    if (mark === undefined || marked.current || loaded.state !== 'ready') return;
    marked.current = true;
    performance.mark(`${mark}:rendered`);
  }, [mark, loaded.state]);
  /** Reads again; resolves once that read has settled (its result is in `loaded`). */
  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setRound((r) => r + 1);
      }),
    [],
  );
  const patch = useCallback(
    (update: (v: T) => T) => setLoaded((l) => (l.state === 'ready' ? { state: 'ready', value: update(l.value) } : l)),
    [],
  );
  return [loaded, reload, patch];
}
