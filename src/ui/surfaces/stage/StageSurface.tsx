import { Suspense } from 'react';

import type { Binding } from '../../../app/binding';
import { preloadable } from '../preloadable';
import { viewAreas } from '../viewAreas';
import { Loading, SurfaceReady, NoMeetingBound, NotOnCase } from '../SurfaceMessages';

const StageView = preloadable(() => import('../../minutes/StageView'), viewAreas.stageView);

/** Starts loading the stage view while the host and the store start; rendering reports any failure. */
export function preloadStage(): Promise<void> {
  return StageView.preload();
}

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
