import type { Case } from '../../core/cases/case.schema';
import { caseDecisionKind } from '../../core/cases/lifecycle/caseHistory.schema';
import { referralKind } from '../../core/cases/lifecycle/referral.schema';
import { referralsAwaitingDecision } from '../../core/cases/lifecycle/referralQueue';
import { screeningKind } from '../../core/cases/lifecycle/screening';
import type { ReferralAwaiting, ReferralAwaitingDecision, RegisterFeeds } from '../../core/cases/register';
import { localDate } from '../../core/shared/dates';
import { msg } from '../../i18n/message';
import type { Services } from '../services';

export type RegisterFeedsDeps = Pick<Services, 'storage' | 'clock' | 'settings' | 'bankHolidays'>;

/**
 * What a case's other records tell the register: referrals awaiting a decision (with their clock),
 * screenings and identifications recorded, and next reviews decided in finalised minutes. The cases
 * are passed in, already read for the register, so that ten thousand of them are not read twice.
 */
export async function loadRegisterFeeds(
  deps: RegisterFeedsDeps,
  cases: readonly Case[],
): Promise<
  Omit<RegisterFeeds, 'referralsAwaitingDecision'> & { referralsAwaitingDecision: ReferralAwaitingDecision[] }
> {
  const { storage, settings } = deps;
  const references = new Map(cases.map((c) => [c.id, c.reference] as const));
  const [referralsAwaitingDecision, screenings, identified] = await Promise.all([
    loadReferralsAwaiting(deps, Promise.resolve(references)),
    storage.collection(screeningKind).list(),
    storage.collection(caseDecisionKind).list({ kind: 'identified' }),
  ]);
  return {
    referralsAwaitingDecision,
    screenings: screenings.flatMap(({ doc }) =>
      doc.caseId ? [{ caseId: doc.caseId, screenedOn: localDate(doc.screenedAt, settings.timeZone) }] : [],
    ),
    identifications: identified.map(({ doc }) => ({
      caseId: doc.caseId,
      identifiedOn: localDate(doc.at, settings.timeZone),
    })),
    nextReviews: cases.flatMap((c) =>
      c.status === 'active' && c.nextReviewDue ? [{ caseId: c.id, date: c.nextReviewDue }] : [],
    ),
  };
}

/**
 * The referrals awaiting a decision with their clock (10 working days, bank holidays counted),
 * each named by its case's reference and never by the person's name. The references may arrive
 * later than the referrals (the register reads them with its entries), so they are awaited last.
 */
export async function loadReferralsAwaiting(
  deps: RegisterFeedsDeps,
  references: Promise<ReadonlyMap<string, string>>,
): Promise<ReferralAwaitingDecision[]> {
  const { storage, clock, settings, bankHolidays } = deps;
  const today = localDate(clock.now(), settings.timeZone);
  const year = Number(today.slice(0, 4));
  const [referrals, holidays] = await Promise.all([
    storage.collection(referralKind).list({ status: 'awaiting' }),
    // A referral received late in a year can be due early in the next; an overdue one may date from the last.
    bankHolidays.between(year - 1, year + 1),
  ]);
  const referenceOf = await references;
  const clocks = referralsAwaitingDecision(
    referrals.map((r) => r.doc),
    today,
    holidays,
  );
  return clocks.map((c) => {
    const reference = c.caseId ? referenceOf.get(c.caseId) : undefined;
    return {
      id: c.id,
      ...(c.caseId ? { caseId: c.caseId } : {}),
      // The queue names a referral by its case reference, never by the person's name.
      label: reference
        ? msg('cases.referralLabel.raised', { reference, level: c.level })
        : msg('cases.referralLabel.new', { level: c.level }),
      referringAgency: c.referrerAgency,
      level: c.level,
      receivedOn: c.receivedOn,
      decideBy: c.decisionDue,
      workingDaysLeft: c.workingDaysLeft,
      overdue: c.overdue,
    };
  });
}

/**
 * The referrals awaiting a decision as the register's rows and counts need them (which case each
 * concerns), read without their clocks: no bank holiday data, so the first rows do not wait for it.
 */
export async function loadReferralsReceived(storage: RegisterFeedsDeps['storage']): Promise<ReferralAwaiting[]> {
  const referrals = await storage.collection(referralKind).list({ status: 'awaiting' });
  return referrals.map(({ doc }) => ({ id: doc.id, ...(doc.caseId ? { caseId: doc.caseId } : {}) }));
}
