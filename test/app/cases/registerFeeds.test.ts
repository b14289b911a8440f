import { recordScreening } from '../../../src/app/cases/recordScreening';
import { submitReferral, type ReferralInput } from '../../../src/app/cases/referral';
import { loadRegisterFeeds } from '../../../src/app/cases/registerFeeds';
import { loadCaseRegister } from '../../../src/app/cases/useCaseRegisterRows';
import { caseKind } from '../../../src/core/cases/case.schema';
import { caseDecisionKind } from '../../../src/core/cases/lifecycle/caseHistory.schema';
import { msg } from '../../../src/i18n/message';
import { aCase, aPerson } from '../../builders';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@probation.example.gov.uk',
});
const referrer = aPerson({ id: 'u_om', name: 'Omar Manager', email: 'omar.manager@nhs.example.net', agency: 'health' });
const manager = aPerson({ id: 'u_spo', name: 'Sol Senior', email: 'sol.senior@probation.example.gov.uk' });

const referral = (over: Partial<ReferralInput> = {}): ReferralInput => ({
  level: 3,
  category: 2,
  nominal: {
    name: 'Sam Fictional',
    dateOfBirth: '1979-03-04',
    aliases: [],
    identifiers: {},
    childSexOffender: false,
    inCustody: false,
  },
  leadAgency: 'health',
  reasons: 'Conditional discharge from a secure hospital planned',
  risk: 'High risk to a known adult',
  addedValue: 'Housing and police need to coordinate exclusion zones',
  ...over,
});

const levelOne = aCase({ id: 'case_l1', reference: 'MP-2026-0007', level: 1 });
const reviewed = aCase({ id: 'case_rev', reference: 'MP-2026-0008', nextReviewDue: '2027-02-01' });
const exited = aCase({
  id: 'case_gone',
  reference: 'MP-2026-0009',
  status: 'exited',
  exitedAt: '2026-10-01T10:00:00.000Z',
  nextReviewDue: '2026-12-01',
});

const app = () =>
  TestApp.create()
    .as(referrer)
    .withSettings({ coordinators: [coordinator] })
    .seeded(async (s) => {
      for (const c of [levelOne, reviewed, exited]) await s.storage.collection(caseKind).create(c);
    });

describe('the register feeds', () => {
  it('are empty when nothing but cases is stored', async () => {
    const a = await app();
    const feeds = await loadRegisterFeeds(a.services, []);
    expect(feeds).toEqual({ referralsAwaitingDecision: [], screenings: [], identifications: [], nextReviews: [] });
  });

  it('give the referrals awaiting a decision with their clock, over Christmas’s bank holidays, the most urgent first', async () => {
    const a = await app();
    a.at('2026-11-20T10:00:00Z');
    const older = await submitReferral(a.services, referral());
    a.at('2026-12-21T10:00:00Z');
    const raised = await submitReferral(a.services, referral({ caseId: levelOne.id, level: 2 }));
    if (!older.ok || !raised.ok) throw new Error('not submitted');
    a.at('2027-01-06T10:00:00Z');

    const feeds = await loadRegisterFeeds(a.services, [levelOne, reviewed]);

    expect(feeds.referralsAwaitingDecision).toEqual([
      {
        id: older.value.id,
        label: msg('cases.referralLabel.new', { level: 3 }),
        referringAgency: 'health',
        level: 3,
        receivedOn: '2026-11-20',
        decideBy: older.value.decisionDue,
        workingDaysLeft: expect.any(Number),
        overdue: true,
      },
      {
        id: raised.value.id,
        caseId: levelOne.id,
        label: msg('cases.referralLabel.raised', { reference: 'MP-2026-0007', level: 2 }),
        referringAgency: 'health',
        level: 2,
        receivedOn: '2026-12-21',
        // 25, 28 December and 1 January are not working days.
        decideBy: '2027-01-07',
        workingDaysLeft: 1,
        overdue: false,
      },
    ]);
    expect(feeds.referralsAwaitingDecision[0]!.workingDaysLeft).toBeLessThan(0);
    expect(JSON.stringify(feeds)).not.toContain('Sam Fictional');
  });

  it('give the screenings and identifications recorded against cases, and the next reviews of active cases', async () => {
    const a = await app();
    await recordScreening(a.services, {
      caseId: reviewed.id,
      subject: { name: 'Jordan Testcase', dateOfBirth: '1990-04-12' },
      answers: { category: 'none' },
      rationale: 'No qualifying conviction',
      lineManager: manager,
      agreed: true,
    });
    await recordScreening(a.services, {
      subject: { name: 'Lee Fictional', dateOfBirth: '1994-09-09' },
      answers: { category: 'none' },
      rationale: 'No qualifying conviction',
      lineManager: manager,
      agreed: true,
    });
    await a.store.collection(caseDecisionKind).create({
      id: 'dec_1',
      caseId: levelOne.id,
      // Half past midnight in London is already the 15th there, though still the 14th in UTC.
      at: '2026-07-14T23:30:00.000Z',
      by: { id: coordinator.id, name: coordinator.name },
      kind: 'identified',
      source: 'identification',
      level: { to: 1 },
      rationale: 'Category 2, managed by the lead agency',
    });
    await a.store.collection(caseDecisionKind).create({
      id: 'dec_2',
      caseId: reviewed.id,
      at: '2026-08-01T10:00:00.000Z',
      by: { id: coordinator.id, name: coordinator.name },
      kind: 'levelChanged',
      source: 'register',
      level: { from: 3, to: 2 },
      rationale: 'Risk reduced',
    });

    const feeds = await loadRegisterFeeds(a.services, [levelOne, reviewed, exited]);

    expect(feeds.screenings).toEqual([{ caseId: reviewed.id, screenedOn: '2026-11-20' }]);
    expect(feeds.identifications).toEqual([{ caseId: levelOne.id, identifiedOn: '2026-07-15' }]);
    expect(feeds.nextReviews).toEqual([{ caseId: reviewed.id, date: '2027-02-01' }]);
  });

  it('reach the register: the next review decided in minutes and the referral raising a case', async () => {
    const a = await app();
    const raised = await submitReferral(a.services, referral({ caseId: levelOne.id, level: 2 }));
    if (!raised.ok) throw new Error('not submitted');
    a.as(coordinator);

    const { rows, feeds } = await loadCaseRegister(a.services);

    expect(feeds.referralsAwaitingDecision).toHaveLength(1);
    expect(rows.find((r) => r.caseId === reviewed.id)?.nextReviewDue).toBe('2027-02-01');
    expect(rows.find((r) => r.caseId === levelOne.id)?.referralAwaiting).toBe(true);
  });

  it('give the register its rows and which cases have a referral waiting without the bank holiday data', async () => {
    const a = await app();
    const raised = await submitReferral(a.services, referral({ caseId: levelOne.id, level: 2 }));
    if (!raised.ok) throw new Error('not submitted');
    a.as(coordinator);
    // Holiday data that never arrives: only the referral clocks need it, and the register does not wait for them.
    const between = jest.fn(() => new Promise<never>(() => undefined));

    a.with({ bankHolidays: { between } });

    const { rows, feeds } = await loadCaseRegister(a.services);

    expect(rows.find((r) => r.caseId === levelOne.id)?.referralAwaiting).toBe(true);
    expect(rows.find((r) => r.caseId === reviewed.id)?.referralAwaiting).toBe(false);
    expect(feeds.referralsAwaitingDecision).toEqual([{ id: raised.value.id, caseId: levelOne.id }]);
    expect(between).not.toHaveBeenCalled();
  });
});
