import { msg, type Message } from '../../../i18n/message';
import type { Holiday } from '../../scheduling/cadence';
import type { IsoDate } from '../../shared/dates';
import type { Referral } from './referral.schema';
import { addWorkingDays, workingDaysBetween } from './workingDays';

/** The national decision period for a MAPPA A referral, in working days (an area may set its own). */
export const REFERRAL_DECISION_WORKING_DAYS = 10;

/** The last working day for the coordinator's decision on a referral received on `receivedOn`. */
export const referralDecisionDue = (receivedOn: IsoDate, holidays: readonly Holiday[], workingDays = 10): IsoDate =>
  addWorkingDays(receivedOn, workingDays, holidays);

export type ReferralClock = {
  id: string;
  level: 2 | 3;
  caseId?: string;
  referrerAgency: Referral['referrer']['agency'];
  receivedOn: IsoDate;
  decisionDue: IsoDate;
  /** Working days left to decide: 0 on the due day, negative once overdue. */
  workingDaysLeft: number;
  overdue: boolean;
};

/**
 * The referrals still waiting for the coordinator's decision, with their clock, the most urgent
 * first. Names nothing of the nominal: the register decides what it may show.
 */
export function referralsAwaitingDecision(
  referrals: readonly Referral[],
  today: IsoDate,
  holidays: readonly Holiday[],
): ReferralClock[] {
  return referrals
    .filter((r) => r.status === 'awaiting')
    .map((r) => {
      const workingDaysLeft = workingDaysBetween(today, r.decisionDue, holidays);
      return {
        id: r.id,
        level: r.level,
        ...(r.caseId ? { caseId: r.caseId } : {}),
        referrerAgency: r.referrer.agency,
        receivedOn: r.receivedOn,
        decisionDue: r.decisionDue,
        workingDaysLeft,
        overdue: today > r.decisionDue,
      };
    })
    .sort((a, b) =>
      a.decisionDue === b.decisionDue ? a.id.localeCompare(b.id) : a.decisionDue < b.decisionDue ? -1 : 1,
    );
}

/** The clock in words, for the queue and the decision dialog. */
export function clockLabel(c: Pick<ReferralClock, 'workingDaysLeft' | 'overdue'>): Message {
  if (c.overdue) {
    const n = -c.workingDaysLeft;
    return n <= 0 ? msg('cases.clock.overdue') : msg('cases.clock.overdueBy', { days: n });
  }
  if (c.workingDaysLeft === 0) return msg('cases.clock.dueToday');
  return msg('cases.clock.left', { days: c.workingDaysLeft });
}
