import { useCallback, useMemo } from 'react';

import { minutesKind, type Minutes } from '../../core/minutes/minutes.schema';
import { stageProjection } from '../../core/minutes/projections';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';

const POLL_MS = 2000;

/**
 * What the meeting stage shows: the core's stage projection of the saved minutes, `null` before
 * they are started. The chair edits in another frame; the stage follows the saved minutes.
 */
export function useStageProjection(meetingId: string) {
  const { storage, settings } = useServices();
  const load = useCallback(
    async (): Promise<Minutes | null> => (await storage.collection(minutesKind).get(meetingId))?.doc ?? null,
    [storage, meetingId],
  );
  const [loaded] = useRead(load, { pollMs: POLL_MS });
  // A failed read shows as "not started", as before: the stage never shows an error's detail.
  const doc = loaded.state === 'ready' ? loaded.value : loaded.state === 'error' ? null : undefined;
  return useMemo(() => (doc ? stageProjection(doc, settings) : doc), [doc, settings]);
}
