import { useCallback } from 'react';

import { referralKind, type Referral } from '../../core/cases/lifecycle/referral.schema';
import { referralsAwaitingDecision, type ReferralClock } from '../../core/cases/lifecycle/referralQueue';
import { localDate } from '../../core/shared/dates';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';

export type ReferralsAwaiting = { clocks: ReferralClock[]; byId: ReadonlyMap<string, Referral> };

/** The referrals awaiting the coordinator's decision, with their clocks (bank holidays from the port). */
export function useReferralsAwaiting() {
  const { storage, clock, settings, bankHolidays } = useServices();
  const load = useCallback(async (): Promise<ReferralsAwaiting> => {
    const today = localDate(clock.now(), settings.timeZone);
    const year = Number(today.slice(0, 4));
    const [stored, holidays] = await Promise.all([
      storage.collection(referralKind).list({ status: 'awaiting' }),
      bankHolidays.between(year - 1, year + 1),
    ]);
    const referrals = stored.map((s) => s.doc);
    return {
      clocks: referralsAwaitingDecision(referrals, today, holidays),
      byId: new Map(referrals.map((r) => [r.id, r] as const)),
    };
  }, [storage, clock, settings, bankHolidays]);
  return useRead(load);
}
