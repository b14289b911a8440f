import { Suspense, useEffect } from 'react';

import type { Binding } from '../../../app/binding';
import { preloadable, whenIdle } from '../preloadable';
import { Loading, SurfaceReady, NoCaseBound } from '../SurfaceMessages';

// Loaded after first paint so the side panel's first script stays small.
const AcknowledgementGate = preloadable(() => import('../../confidentiality/AcknowledgementGate'));
// Shown only once the gate lets it: fetched at idle priority at once, run when the page is next idle.
const SidePanelRunner = preloadable(() => import(/* webpackPrefetch: true */ '../../minutes/SidePanelRunner'));

/** Starts loading what the side panel shows first while the host and the store start; rendering reports any failure. */
export function preloadSidePanel(): Promise<void> {
  return AcknowledgementGate.preload();
}

/** The meeting side panel (280 to 320 px wide): the chair's run through the minutes, after the confidentiality acknowledgement. */
export function SidePanelSurface({ binding }: { binding: Binding }) {
  const { caseId, meetingId } = binding;
  useEffect(() => whenIdle(() => void SidePanelRunner.preload().catch(() => undefined)), []);
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
