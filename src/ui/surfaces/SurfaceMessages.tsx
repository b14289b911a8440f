import { Text } from '@fluentui/react-components';
import { useEffect } from 'react';

/** What a surface shows while it is still reading its data: Fluent's spinner, or anything marked busy. */
const BUSY = '.fui-Spinner, [aria-busy="true"]';

/**
 * Rendered beside a surface's content (inside the same Suspense boundary), so it commits only once
 * the content has; then, once the surface's main region shows no spinner (a gate still checking, a
 * list still reading), tells browser tests and benchmarks the surface is interactive.
 */
export function SurfaceReady() {
  useEffect(() => {
    if (document.body.dataset.ready === 'true') return undefined;
    const region = document.querySelector('main') ?? document.body;
    const settle = (): boolean => {
      if (region.querySelector(BUSY)) return false;
      document.body.dataset.ready = 'true';
      if (typeof performance.mark === 'function') performance.mark('app-interactive');
      return true;
    };
    if (settle()) return undefined;
    const observer = new MutationObserver(() => {
      if (settle()) observer.disconnect();
    });
    observer.observe(region, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'aria-busy'],
    });
    return () => observer.disconnect();
  }, []);
  return null;
}

/** Shown while a lazily loaded part of the surface arrives. */
export function Loading() {
  return <Text role="status">Loading…</Text>;
}

/** Shown where a surface needs a case and none is linked. */
export function NoCaseBound() {
  return (
    <Text as="p" role="status">
      <SurfaceReady />
      This tab is not linked to a MAPPA case. Ask the panel coordinator to set it up from the meeting.
    </Text>
  );
}

/** Shown where a surface needs a panel meeting and none is linked. */
export function NoMeetingBound() {
  return (
    <Text as="p" role="status">
      <SurfaceReady />
      No panel meeting is linked to this Teams meeting yet.
    </Text>
  );
}

/**
 * Shown instead of the whole surface when the access policy refuses the bound case: nothing of the
 * case is loaded, and the message says whom to ask.
 */
export function NotOnCase({ message }: { message: string }) {
  return (
    <section aria-labelledby="not-on-case-title">
      <SurfaceReady />
      <Text as="h2" id="not-on-case-title" size={500} weight="semibold" block>
        You are not on this case
      </Text>
      <Text as="p" role="alert" block>
        {message}
      </Text>
    </section>
  );
}
