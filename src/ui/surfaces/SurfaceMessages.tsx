import { Text } from '@fluentui/react-components';
import { useEffect } from 'react';

/**
 * Rendered beside a surface's content (inside the same Suspense boundary), so it commits only once
 * the content has: tells browser tests and benchmarks the surface is interactive.
 */
export function SurfaceReady() {
  useEffect(() => {
    if (document.body.dataset.ready === 'true') return;
    document.body.dataset.ready = 'true';
    if (typeof performance.mark === 'function') performance.mark('app-interactive');
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
