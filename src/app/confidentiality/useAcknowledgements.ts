import { useCallback } from 'react';

import { acknowledgementKind, type Acknowledgement } from '../../core/confidentiality/acknowledgement.schema';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';

/** Who has acknowledged the confidentiality statement for a meeting. */
export function useAcknowledgements(meetingId: string) {
  const { storage } = useServices();
  const load = useCallback(
    async () => (await storage.collection(acknowledgementKind).list({ meetingId })).map((r) => r.doc),
    [storage, meetingId],
  );
  return useRead<Acknowledgement[]>(load, { failure: 'Acknowledgements could not be loaded.' });
}
