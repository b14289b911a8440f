import { useCallback } from 'react';

import { noFeeds, registerRows, type RegisterFeeds, type RegisterRow } from '../../core/cases/register';
import type { InvalidDocumentError } from '../../core/shared/errors';
import type { Services } from '../services';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';
import { loadReferralsAwaiting } from './registerFeeds';
import { loadRegisterEntries } from './registerIndex';

export type CaseRegisterRows = {
  rows: RegisterRow[];
  feeds: RegisterFeeds;
  /** Stored index documents that no longer decode; the rows were rebuilt from the cases instead. */
  unreadable: InvalidDocumentError[];
};

/**
 * Every case in the area as a register row, from the register's index (one small entry per case,
 * `registerIndex.ts`) and the referrals awaiting a decision; never the cases, series, meetings,
 * minutes or actions themselves, except to rebuild an entry that is missing or out of date.
 */
export async function loadCaseRegister(
  services: Pick<Services, 'storage' | 'clock' | 'settings' | 'me' | 'bankHolidays'>,
): Promise<CaseRegisterRows & { written: Promise<void> }> {
  const { storage, clock, settings, me } = services;
  const loaded = loadRegisterEntries(storage, { clock, timeZone: () => settings.timeZone });
  const references = loaded.then(({ entries }) => new Map(entries.map((e) => [e.caseId, e.reference] as const)));
  const [{ entries, written, unreadable }, referralsAwaitingDecision] = await Promise.all([
    loaded,
    // The referrals and the bank holiday data load alongside the entries; only their labels wait for them.
    loadReferralsAwaiting(services, references),
  ]);
  const feeds: RegisterFeeds = { ...noFeeds, referralsAwaitingDecision };
  const rows = registerRows(entries, {
    now: clock.now(),
    timeZone: settings.timeZone,
    cadenceWeeks: settings.cadenceWeeks,
    viewer: me,
    areaCoordinators: settings.coordinators,
    feeds,
  });
  return { rows, feeds, written, unreadable };
}

/** The register for the Panels tab's home; marks `case-register` for the benchmark. */
export function useCaseRegisterRows() {
  const services = useServices();
  const { storage, clock, settings, me, bankHolidays } = services;
  const load = useCallback(
    () => loadCaseRegister({ storage, clock, settings, me, bankHolidays }),
    [storage, clock, settings, me, bankHolidays],
  );
  return useRead(load, { mark: 'case-register' });
}
