import { useCallback } from 'react';

import { acknowledgementKind, type Acknowledgement } from '../../core/confidentiality/acknowledgement.schema';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';
import { findAcknowledgement } from './operations';

/** Who has acknowledged the confidentiality statement for a meeting. */
export function useAcknowledgements(meetingId: string) {
  const { storage } = useServices();
  const load = useCallback(
    async () => (await storage.collection(acknowledgementKind).list({ meetingId })).map((r) => r.doc),
    [storage, meetingId],
  );
  return useRead<Acknowledgement[]>(load);
}

/** Whether the signed-in person has acknowledged the statement for a meeting (`false` when it cannot be read: the gate stays shut). */
export function useMyAcknowledgement(meetingId: string | undefined) {
  const services = useServices();
  const load = useCallback(
    async () => (meetingId ? (await findAcknowledgement(services, meetingId)) !== undefined : false),
    [services, meetingId],
  );
  return useRead(load);
}
