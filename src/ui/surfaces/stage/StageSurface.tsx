import { lazy, Suspense } from 'react';

import type { Binding } from '../../../app/binding';
import { Loading, SurfaceReady, NoMeetingBound } from '../SurfaceMessages';

const loadStageView = () => import('../../minutes/StageView');
const StageView = lazy(loadStageView);

/** Starts loading the stage view while the host and the store start; lazy() reports any failure. */
export function preloadStage(): void {
  loadStageView().catch(() => undefined);
}

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
