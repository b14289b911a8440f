import { lazy, Suspense } from 'react';

import type { Binding } from '../../../app/binding';
import { Loading, SurfaceReady, NoMeetingBound } from '../SurfaceMessages';

const StageView = lazy(() => import('../../minutes/StageView'));

/** The meeting stage, shared by the chair: a projection for everyone in the meeting. */
export function StageSurface({ binding }: { binding: Binding }) {
  if (!binding.meetingId) return <NoMeetingBound />;
  return (
    <Suspense fallback={<Loading />}>
      <StageView meetingId={binding.meetingId} />
      <SurfaceReady />
    </Suspense>
  );
}
