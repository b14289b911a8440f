import { Suspense } from 'react';

import type { Binding } from '../../../app/binding';
import { meetingViewParts, StageView } from '../meetingParts';
import { Loading, SurfaceReady, NoMeetingBound, NotOnCase } from '../SurfaceMessages';

/** Starts loading the stage view while the host and the store start; rendering reports any failure. */
export const preloadStage = meetingViewParts.meetingStage;

/** The meeting stage, shared by the chair: a projection for everyone in the meeting. */
export function StageSurface({ binding }: { binding: Binding }) {
  if (binding.refused) return <NotOnCase message={binding.refused} />;
  if (!binding.meetingId) return <NoMeetingBound />;
  return (
    <Suspense fallback={<Loading />}>
      <StageView meetingId={binding.meetingId} />
      <SurfaceReady />
    </Suspense>
  );
}
