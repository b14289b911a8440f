import { lazy, Suspense } from 'react';

import type { Binding } from '../../../app/binding';
import { Loading, SurfaceReady, NoCaseBound } from '../SurfaceMessages';

// Loaded after first paint so the side panel's first script stays small.
const AcknowledgementGate = lazy(() => import('../../confidentiality/AcknowledgementGate'));
const SidePanelRunner = lazy(() => import('../../minutes/SidePanelRunner'));

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
