import { lazy, Suspense } from 'react';

import type { Binding } from '../../../app/binding';
import { Loading, SurfaceReady, NoCaseBound } from '../SurfaceMessages';

// Loaded after first paint so the side panel's first script stays small.
const loadGate = () => import('../../confidentiality/AcknowledgementGate');
// Fetched at idle priority (evaluated only when the gate lets it render): the gate comes first.
const loadRunner = () => import(/* webpackPrefetch: true */ '../../minutes/SidePanelRunner');
const AcknowledgementGate = lazy(loadGate);
const SidePanelRunner = lazy(loadRunner);

/** Starts loading what the side panel shows first while the host and the store start; lazy() reports any failure. */
export function preloadSidePanel(): void {
  loadGate().catch(() => undefined);
}

/** The meeting side panel (280 to 320 px wide): the chair's run through the minutes, after the confidentiality acknowledgement. */
export function SidePanelSurface({ binding }: { binding: Binding }) {
  const { caseId, meetingId } = binding;
  if (!caseId) return <NoCaseBound />;
  return (
    <Suspense fallback={<Loading />}>
      <AcknowledgementGate caseId={caseId} meetingId={meetingId}>
        <SidePanelRunner caseId={caseId} meetingId={meetingId} />
      </AcknowledgementGate>
      <SurfaceReady />
    </Suspense>
  );
}
