import { Suspense, useEffect } from 'react';

import type { Binding } from '../../../app/binding';
import { AcknowledgementGate, meetingViewParts } from '../meetingParts';
import { afterFirstScreen, preloadable } from '../preloadable';
import { viewAreas } from '../viewAreas';
import { Loading, SurfaceReady, NoCaseBound, NotOnCase } from '../SurfaceMessages';

// Shown only once the gate lets it: fetched at idle priority at once, run when the page is next idle.
const MinutesEditor = preloadable(
  () => import(/* webpackPrefetch: true */ '../../minutes/MinutesEditor'),
  viewAreas.minutesEditor,
);

/** Starts loading what the meeting tab shows first while the host and the store start; rendering reports any failure. */
export const preloadMeetingTab = meetingViewParts.meetingTab;

/** The meeting tab: the full minutes before, during and after the panel. */
export function MeetingTabSurface({ binding }: { binding: Binding }) {
  const { caseId, meetingId } = binding;
  useEffect(() => afterFirstScreen(MinutesEditor.warm), []);
  if (binding.refused) return <NotOnCase message={binding.refused} />;
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
