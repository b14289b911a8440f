import { acceptReferral, declineReferral, submitReferral, type ReferralInput } from '../../../src/app/cases/referral';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { caseKind } from '../../../src/core/cases/case.schema';
import { caseDecisionKind } from '../../../src/core/cases/lifecycle/caseHistory.schema';
import { referralKind } from '../../../src/core/cases/lifecycle/referral.schema';
import { meetingKind, seriesKind } from '../../../src/core/panels/series.schema';
import { aCase, aPerson } from '../../builders';
import { msg } from '../../../src/i18n/message';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@probation.example.gov.uk',
});
const referrer = aPerson({ id: 'u_om', name: 'Omar Manager', email: 'omar.manager@nhs.example.net', agency: 'health' });
const chair3 = aPerson({ id: 'u_head', name: 'Hana Head', email: 'hana.head@probation.example.gov.uk' });

const input = (over: Partial<ReferralInput> = {}): ReferralInput => ({
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

const app = () =>
  TestApp.create()
    .as(referrer)
    .at('2026-12-21T10:00:00Z')
    .withSettings({
      coordinators: [coordinator],
      chairs: { level2: [], level3: [chair3] },
      approvedSecureDomains: ['probation.example.gov.uk', 'nhs.example.net'],
    });

describe('a MAPPA A referral', () => {
  it('is accepted from any agency, with the decision due in 10 working days, bank holidays not counted', async () => {
    const a = app();
    const r = await submitReferral(a.services, input());
    expect(r).toMatchObject({
      ok: true,
      value: { status: 'awaiting', receivedOn: '2026-12-21', decisionDue: '2027-01-07', referrer: { id: 'u_om' } },
    });
    const lines = (await a.store.collection(auditKind).list()).map((l) => l.doc);
    expect(lines).toEqual([
      expect.objectContaining({ verb: 'create', subject: { kind: 'referral', id: r.ok ? r.value.id : '' } }),
    ]);
  });

  it('follows the area’s own decision period', async () => {
    const a = app().withSettings({ referralDecisionWorkingDays: 5 });
    const r = await submitReferral(a.services, input());
    expect(r.ok && r.value.decisionDue).toBe('2026-12-30');
  });

  it('needs the reasons, the risk and what multi-agency management would add', async () => {
    const a = app();
    const r = await submitReferral(a.services, input({ reasons: ' ', addedValue: '' }));
    expect(r).toEqual({
      ok: false,
      error: [msg('cases.problem.referralReasons'), msg('cases.problem.referralAddedValue')],
    });
  });

  it('once accepted, creates the case with a chair and schedules its first panel and series', async () => {
    const a = app();
    const r = await submitReferral(a.services, input());
    if (!r.ok) throw new Error('not submitted');
    a.as(coordinator);
    const out = await acceptReferral(a.services, r.value.id, {
      level: 3,
      rationale: 'Meets the Level 3 threshold: media interest',
      firstMeetingDate: '2027-01-12',
    });
    if (!out.ok) throw new Error(out.error.join());
    expect(out.value.case).toMatchObject({ level: 3, category: 2, chair: { id: 'u_head' }, status: 'active' });
    expect(out.value.case.members.map((m) => m.person.id)).toContain('u_om');
    expect(out.value.referral).toMatchObject({ status: 'accepted', caseId: out.value.case.id, decision: { level: 3 } });
    const [series] = await a.store.collection(seriesKind).list({ caseId: out.value.case.id });
    expect(series?.doc).toMatchObject({
      level: 3,
      cadenceWeeks: 6,
      firstMeetingDate: '2027-01-12',
      chair: { id: 'u_head' },
    });
    const meetings = await a.store.collection(meetingKind).list({ caseId: out.value.case.id });
    expect(meetings.length).toBeGreaterThan(0);
    expect((await a.store.collection(caseDecisionKind).list({ caseId: out.value.case.id }))[0]?.doc).toMatchObject({
      kind: 'identified',
      source: 'referral',
    });
    await expect(
      acceptReferral(a.services, r.value.id, { level: 3, rationale: 'again', firstMeetingDate: '2027-01-12' }),
    ).rejects.toThrow('This referral has already been decided.');
  });

  it('raises a Level 1 case that is referred up', async () => {
    const a = await app().seeded(async ({ storage }) => {
      await storage.collection(caseKind).create(aCase({ id: 'case_l1', level: 1, category: 1 }));
    });
    const r = await submitReferral(a.services, input({ caseId: 'case_l1', level: 2 }));
    if (!r.ok) throw new Error('not submitted');
    a.as(coordinator).withSettings({ chairs: { level2: [chair3], level3: [] } });
    const out = await acceptReferral(a.services, r.value.id, {
      level: 2,
      rationale: 'Risk has risen',
      firstMeetingDate: '2027-01-12',
    });
    expect(out.ok && out.value.case).toMatchObject({ id: 'case_l1', level: 2, category: 1 });
    const decisions = await a.store.collection(caseDecisionKind).list({ caseId: 'case_l1' });
    expect(decisions.map((d) => d.doc.level)).toEqual([{ from: 1, to: 2 }]);
  });

  it('is declined only by a coordinator, with the rationale sent back to the referrer', async () => {
    const a = app();
    const r = await submitReferral(a.services, input());
    if (!r.ok) throw new Error('not submitted');
    await expect(declineReferral(a.services, r.value.id, 'No')).rejects.toMatchObject({
      message: 'Only the area’s MAPPA coordinators can decide a referral. Ask the MAPPA coordinator.',
      said: msg('cases.problem.coordinatorOnly.decideReferral'),
    });
    a.as(coordinator);
    expect(await declineReferral(a.services, r.value.id, '  ')).toEqual({
      ok: false,
      error: [msg('cases.problem.declineRationale')],
    });
    const out = await declineReferral(a.services, r.value.id, 'Level 1 management is defensible; two agencies suffice');
    expect(out).toMatchObject({
      ok: true,
      value: { status: 'declined', decision: { referrerNotifiedAt: '2026-12-21T10:00:00.000Z' } },
    });
    expect(a.mail.sent).toEqual([
      expect.objectContaining({
        to: ['omar.manager@nhs.example.net'],
        purpose: 'notification',
        body: expect.stringContaining('two agencies suffice'),
      }),
    ]);
    expect((await a.store.collection(referralKind).get(r.value.id))?.doc.status).toBe('declined');
    expect((await a.store.collection(caseKind).list()).length).toBe(0);
  });

  it('keeps the rationale out of a message to an address that is not approved', async () => {
    const a = app().withSettings({ approvedSecureDomains: ['probation.example.gov.uk'] });
    const r = await submitReferral(a.services, input());
    if (!r.ok) throw new Error('not submitted');
    a.as(coordinator);
    await declineReferral(a.services, r.value.id, 'Secret reasoning about the risk');
    expect(a.mail.sent[0]?.body).not.toContain('Secret reasoning');
  });

  it('tells the referrer in Welsh and then in English, as their language is not known', async () => {
    const a = app().withSettings({ approvedSecureDomains: ['probation.example.gov.uk'] });
    const r = await submitReferral(a.services, input());
    if (!r.ok) throw new Error('not submitted');
    a.as(coordinator);
    await declineReferral(a.services, r.value.id, 'Reasons given in the panel');
    const [mail] = a.mail.sent;
    expect(mail!.subject).toMatch(
      /^Atgyfeiriad MAPPA a dderbyniwyd .+: heb ei dderbyn \/ MAPPA referral received .+: not accepted$/,
    );
    const welsh = mail!.body.indexOf('Mae penderfyniad wedi’i wneud ar eich atgyfeiriad');
    const english = mail!.body.indexOf('has been decided');
    expect(welsh).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(welsh);
  });
});
