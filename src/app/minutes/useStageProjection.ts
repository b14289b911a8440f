import { useCallback, useMemo } from 'react';

import { minutesKind, type Minutes } from '../../core/minutes/minutes.schema';
import { stageProjection } from '../../core/minutes/projections';
import { protectedIndexFor } from '../../core/minutes/protectedPeople';
import type { ProtectedPerson } from '../../core/protection/protectedPeople.schema';
import { readProtectedPeople } from '../protection/protectedPeople';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';

const POLL_MS = 2000;

/**
 * What the meeting stage shows: the core's stage projection of the saved minutes, `null` before
 * they are started. The chair edits in another frame; the stage follows the saved minutes.
 */
export function useStageProjection(meetingId: string) {
  const { storage, settings } = useServices();
  const load = useCallback(async (): Promise<{ doc: Minutes; people: ProtectedPerson[] } | null> => {
    const doc = (await storage.collection(minutesKind).get(meetingId))?.doc;
    // The case's protected people are withheld from everything the stage shows.
    return doc ? { doc, people: await readProtectedPeople({ storage }, doc.caseId) } : null;
  }, [storage, meetingId]);
  const [loaded] = useRead(load, { pollMs: POLL_MS });
  // A failed read shows as "not started", as before: the stage never shows an error's detail.
  const read = loaded.state === 'ready' ? loaded.value : loaded.state === 'error' ? null : undefined;
  return useMemo(
    () => (read ? stageProjection(read.doc, settings, protectedIndexFor(read.doc, read.people)) : read),
    [read, settings],
  );
}
