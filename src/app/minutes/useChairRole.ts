import { useCallback } from 'react';

import { minutesKind } from '../../core/minutes/minutes.schema';
import { meetingKind, seriesKind } from '../../core/panels/series.schema';
import type { Person } from '../../core/people/agency';
import { useServices } from '../ServicesProvider';
import { useRead, type Loaded } from '../useRead';

/** The same person, by directory id or address (local mode and Graph mode name people alike by address). */
export function samePerson(a: Pick<Person, 'id' | 'email'>, b: Pick<Person, 'id' | 'email'>): boolean {
  return a.id === b.id || a.email.trim().toLowerCase() === b.email.trim().toLowerCase();
}

/**
 * Whether the signed-in person chairs this meeting: the chair of the meeting's panel series, else the
 * chair the minutes record. Nobody recorded means nobody chairs here (everyone reads).
 */
export function useChairRole(meetingId: string | undefined): Loaded<{ chair: boolean; chairName?: string }> {
  const { storage, me } = useServices();
  const load = useCallback(async () => {
    if (!meetingId) return { chair: false };
    const meeting = (await storage.collection(meetingKind).get(meetingId))?.doc;
    const series = meeting?.seriesId ? (await storage.collection(seriesKind).get(meeting.seriesId))?.doc : undefined;
    const chair =
      series?.chair ?? (await storage.collection(minutesKind).get(meetingId))?.doc.meetingDetails.chair ?? undefined;
    return chair ? { chair: samePerson(chair, me), chairName: chair.name } : { chair: false };
  }, [storage, me, meetingId]);
  return useRead(load, { failure: 'Who chairs this meeting could not be checked. Reload to try again.' })[0];
}
