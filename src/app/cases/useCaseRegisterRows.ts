import { useCallback } from 'react';

import { noFeeds, registerRows, type RegisterFeeds, type RegisterRow } from '../../core/cases/register';
import type { InvalidDocumentError } from '../../core/shared/errors';
import type { Services } from '../services';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';
import { loadReferralsAwaiting, loadReferralsReceived } from './registerFeeds';
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
  services: Pick<Services, 'storage' | 'clock' | 'settings' | 'me'>,
): Promise<CaseRegisterRows & { written: Promise<void> }> {
  const { storage, clock, settings, me } = services;
  const [{ entries, written, unreadable }, referralsAwaitingDecision] = await Promise.all([
    loadRegisterEntries(storage, { clock, timeZone: () => settings.timeZone }),
    // Which cases have a referral waiting; their clocks (bank holidays) load only where they are shown.
    loadReferralsReceived(storage),
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
  const { storage, clock, settings, me } = services;
  const load = useCallback(() => loadCaseRegister({ storage, clock, settings, me }), [storage, clock, settings, me]);
  return useRead(load, { mark: 'case-register' });
}

/**
 * The referrals awaiting a decision with their clocks (10 working days, bank holidays counted),
 * named by the references of the register's rows. Read where the clocks are shown, so that the bank
 * holiday data is loaded then and not before the register's first rows.
 */
export function useReferralClocks(rows: readonly RegisterRow[]) {
  const { storage, clock, settings, bankHolidays } = useServices();
  const load = useCallback(
    () =>
      loadReferralsAwaiting(
        { storage, clock, settings, bankHolidays },
        Promise.resolve(new Map(rows.map((r) => [r.caseId, r.reference] as const))),
      ),
    [storage, clock, settings, bankHolidays, rows],
  );
  return useRead(load);
}
