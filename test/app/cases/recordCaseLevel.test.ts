import { exitCase, recordCaseLevel } from '../../../src/app/cases/recordCaseLevel';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { caseKind } from '../../../src/core/cases/case.schema';
import { caseDecisionKind } from '../../../src/core/cases/lifecycle/caseHistory.schema';
import { planLevelChange } from '../../../src/core/cases/lifecycle/levelChange';
import { seriesKind } from '../../../src/core/panels/series.schema';
import { aCase, aPerson } from '../../builders';
import { msg } from '../../../src/i18n/message';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@probation.example.gov.uk',
});
const chair2 = aPerson({ id: 'u_spo', name: 'Sol Senior', email: 'sol.senior@probation.example.gov.uk' });

const app = (level: 1 | 2 | 3 = 1, category: 1 | 2 | 3 | 4 = 2) =>
  TestApp.create()
    .as(coordinator)
    .at('2026-11-20T10:00:00Z')
    .withSettings({ coordinators: [coordinator], chairs: { level2: [chair2], level3: [] } })
    .seeded(async ({ storage }) => {
      await storage.collection(caseKind).create(aCase({ id: 'case_x', level, category }));
    });

describe('level rules', () => {
  it('needs a rationale, refuses Category 3 at Level 1, and asks confirmation before Level 1 ends the meetings', () => {
    const c = aCase({ level: 2, category: 3 });
    expect(planLevelChange(c, 1, '')).toEqual({
      ok: false,
      error: [msg('cases.problem.category3Level'), msg('cases.problem.levelRationale')],
    });
    expect(planLevelChange(aCase({ level: 2 }), 1, 'Stable')).toMatchObject({
      ok: true,
      value: { endsMeetings: true, needsConfirmation: true },
    });
    expect(planLevelChange(aCase({ level: 1 }), 2, 'Risk rising')).toMatchObject({
      ok: true,
      value: { startsSeries: true, needsConfirmation: false },
    });
  });
});

describe('changing a case’s level and exiting', () => {
  it('raises a Level 1 case: a chair, a new series, the history and the audit line', async () => {
    const a = await app(1);
    const r = await recordCaseLevel(a.services, 'case_x', {
      to: 2,
      rationale: 'Escalating risk to a known adult',
      confirmed: false,
      firstMeetingDate: '2026-12-08',
    });
    expect(r).toMatchObject({ ok: true, value: { case: { level: 2, chair: { id: 'u_spo' } } } });
    expect((await a.store.collection(seriesKind).list({ caseId: 'case_x' })).map((s) => s.doc)).toEqual([
      expect.objectContaining({ level: 2, cadenceWeeks: 10, firstMeetingDate: '2026-12-08' }),
    ]);
    expect((await a.store.collection(caseDecisionKind).list({ caseId: 'case_x' }))[0]?.doc).toMatchObject({
      kind: 'levelChanged',
      level: { from: 1, to: 2 },
      rationale: 'Escalating risk to a known adult',
      at: '2026-11-20T10:00:00.000Z',
    });
    expect((await a.store.collection(auditKind).list({ verb: 'changeLevel' }))[0]?.doc).toMatchObject({
      reason: 'Escalating risk to a known adult',
      detail: expect.objectContaining({ from: '1', to: '2' }),
    });
  });

  it('going to Level 1 needs confirmation, then ends the series and keeps it', async () => {
    const a = await app(1);
    await recordCaseLevel(a.services, 'case_x', {
      to: 2,
      rationale: 'Up',
      confirmed: false,
      firstMeetingDate: '2026-12-08',
    });
    const unconfirmed = await recordCaseLevel(a.services, 'case_x', { to: 1, rationale: 'Stable', confirmed: false });
    expect(unconfirmed).toEqual({ ok: false, error: [msg('cases.problem.confirmLevel1')] });
    expect((await a.store.collection(caseKind).get('case_x'))?.doc.level).toBe(2);
    const r = await recordCaseLevel(a.services, 'case_x', { to: 1, rationale: 'Stable', confirmed: true });
    expect(r.ok).toBe(true);
    expect((await a.store.collection(seriesKind).list({ caseId: 'case_x' })).map((s) => s.doc.status)).toEqual([
      'ended',
    ]);
    expect((await a.store.collection(caseDecisionKind).list({ caseId: 'case_x' })).length).toBe(2);
  });

  it('exits with a rationale and confirmation, keeping the case as exited', async () => {
    const a = await app(2);
    expect(await exitCase(a.services, 'case_x', { rationale: '', confirmed: false })).toEqual({
      ok: false,
      error: [msg('cases.problem.exitRationale'), msg('cases.problem.exitConfirm')],
    });
    const r = await exitCase(a.services, 'case_x', { rationale: 'Licence ended', confirmed: true });
    expect(r).toMatchObject({ ok: true, value: { status: 'exited', exitedAt: '2026-11-20T10:00:00.000Z' } });
    expect((await a.store.collection(auditKind).list({ verb: 'exit' })).length).toBe(1);
  });

  it('refuses a Category 3 exit from the register: a panel decides it', async () => {
    const a = await app(2, 3);
    const r = await exitCase(a.services, 'case_x', { rationale: 'No longer needed', confirmed: true });
    expect(r).toEqual({ ok: false, error: [msg('cases.problem.category3Exit')] });
  });

  it('refuses a case that is not there, in the reader’s language and in English for the log', async () => {
    const a = await app(2);
    await expect(exitCase(a.services, 'case_gone', { rationale: 'Gone', confirmed: true })).rejects.toMatchObject({
      message: 'The case was not found.',
      said: msg('cases.problem.caseNotFound'),
    });
  });
});
