import { useCallback } from 'react';

import { caseKind } from '../../core/cases/case.schema';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';

export type CaseChoice = { id: string; reference: string; level: number };

/** Active cases by reference, level only: what a tab can be set up for. Never names. */
export function useActiveCaseChoices() {
  const { storage } = useServices();
  const load = useCallback(
    async (): Promise<CaseChoice[]> =>
      (await storage.collection(caseKind).list({ status: 'active' }))
        .map(({ doc }) => ({ id: doc.id, reference: doc.reference, level: doc.level }))
        .sort((a, b) => a.reference.localeCompare(b.reference)),
    [storage],
  );
  return useRead(load);
}
