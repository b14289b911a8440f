import { useCallback } from 'react';

import { caseKind, type Case } from '../../core/cases/case.schema';
import { seriesKind, type PanelSeries } from '../../core/panels/series.schema';
import type { Stored } from '../../core/ports';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';

export type CaseRegister = { cases: Stored<Case>[]; series: Stored<PanelSeries>[] };

/** Every case by reference (exited ones too, so the register can open them), with every panel series: what the coordinator schedules from. */
export function useCaseRegister() {
  const { storage } = useServices();
  const load = useCallback(async (): Promise<CaseRegister> => {
    const [cases, series] = await Promise.all([
      storage.collection(caseKind).list(),
      storage.collection(seriesKind).list(),
    ]);
    return { cases: cases.sort((a, b) => a.doc.reference.localeCompare(b.doc.reference)), series };
  }, [storage]);
  // The Panels page says a failure in its reader's language (on a first run in Microsoft 365 the site's lists do not exist until the area site is set up).
  return useRead(load);
}
