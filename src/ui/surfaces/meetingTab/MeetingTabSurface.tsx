import { lazy, Suspense } from 'react';

import type { Binding } from '../../../app/binding';
import { Loading, SurfaceReady, NoCaseBound } from '../SurfaceMessages';

const loadGate = () => import('../../confidentiality/AcknowledgementGate');
// Fetched at idle priority (evaluated only when the gate lets it render): the gate comes first.
const loadEditor = () => import(/* webpackPrefetch: true */ '../../minutes/MinutesEditor');
const AcknowledgementGate = lazy(loadGate);
const MinutesEditor = lazy(loadEditor);

/** Starts loading what the meeting tab shows first while the host and the store start; lazy() reports any failure. */
export function preloadMeetingTab(): void {
  loadGate().catch(() => undefined);
}

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
