import { lazy, Suspense } from 'react';

import type { Binding } from '../../../app/binding';
import { Loading, SurfaceReady, NoCaseBound } from '../SurfaceMessages';

const AcknowledgementGate = lazy(() => import('../../confidentiality/AcknowledgementGate'));
const MinutesEditor = lazy(() => import('../../minutes/MinutesEditor'));

/** The meeting tab: the full minutes before, during and after the panel. */
export function MeetingTabSurface({ binding }: { binding: Binding }) {
  const { caseId, meetingId } = binding;
  if (!caseId) return <NoCaseBound />;
  return (
    <Suspense fallback={<Loading />}>
      <AcknowledgementGate caseId={caseId} meetingId={meetingId}>
        <MinutesEditor caseId={caseId} meetingId={meetingId} />
      </AcknowledgementGate>
      <SurfaceReady />
    </Suspense>
  );
}
