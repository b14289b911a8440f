import { useCallback } from 'react';

import { caseKind } from '../../core/cases/case.schema';
import { buildRegister, type RegisterFeeds, type RegisterRow } from '../../core/cases/register';
import { meetingKind, seriesKind } from '../../core/panels/series.schema';
import type { Services } from '../services';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';
import { loadRegisterFeeds } from './registerFeeds';

export type CaseRegisterRows = { rows: RegisterRow[]; feeds: RegisterFeeds };

/**
 * Every case in the area as a register row. Reads the cases, their series and only the held
 * meetings (the last panel); never minutes, actions or scheduled meetings, which the register does
 * not show.
 */
export async function loadCaseRegister(
  services: Pick<Services, 'storage' | 'clock' | 'settings' | 'me' | 'bankHolidays'>,
): Promise<CaseRegisterRows> {
  const { storage, clock, settings, me } = services;
  const cases = storage
    .collection(caseKind)
    .list()
    .then((stored) => stored.map((c) => c.doc));
  const [caseDocs, series, held, feeds] = await Promise.all([
    cases,
    storage.collection(seriesKind).list(),
    storage.collection(meetingKind).list({ status: 'held' }),
    cases.then((docs) => loadRegisterFeeds(services, docs)),
  ]);
  const rows = buildRegister({
    cases: caseDocs,
    series: series.map((s) => s.doc),
    heldMeetings: held.map((m) => m.doc),
    now: clock.now(),
    timeZone: settings.timeZone,
    cadenceWeeks: settings.cadenceWeeks,
    viewer: me,
    areaCoordinators: settings.coordinators,
    feeds,
  });
  return { rows, feeds };
}

/** The register for the Panels tab's home; marks `case-register` for the benchmark. */
export function useCaseRegisterRows() {
  const services = useServices();
  const { storage, clock, settings, me, bankHolidays, setUpSite } = services;
  const load = useCallback(
    () => loadCaseRegister({ storage, clock, settings, me, bankHolidays }),
    [storage, clock, settings, me, bankHolidays],
  );
  return useRead(load, {
    mark: 'case-register',
    // On a first run in Microsoft 365 the site's lists do not exist until the area site is set up.
    failure: setUpSite
      ? 'The case register could not be loaded. If this is the first run, set up the area site below; otherwise try again in a moment.'
      : 'The case register could not be loaded. Try again in a moment.',
  });
}
