import { recordFurtherOffence } from '../../../src/app/cases/recordFurtherOffence';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { caseKind } from '../../../src/core/cases/case.schema';
import { caseDecisionKind, type CaseDecision } from '../../../src/core/cases/lifecycle/caseHistory.schema';
import { NotOnCaseError } from '../../../src/core/shared/errors';
import { aCase, aPerson } from '../../builders';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@probation.example.gov.uk',
});
const outsider = aPerson({
  id: 'u_out',
  name: 'Olly Outsider',
  email: 'olly@housing.example.gov.uk',
  agency: 'housing',
});

const decision = (over: Partial<CaseDecision>): CaseDecision => ({
  id: 'dec_x',
  caseId: 'case_x',
  at: '2026-01-05T09:00:00.000Z',
  by: { id: coordinator.id, name: coordinator.name },
  kind: 'identified',
  source: 'identification',
  rationale: 'Identified',
  ...over,
});

/** A case at Level 2 since January, moved to Level 1 on 1 October; the clock frozen on 20 November 2026. */
async function app(as = coordinator) {
  return TestApp.create()
    .as(as)
    .at('2026-11-20T10:00:00Z')
    .withSettings({ coordinators: [coordinator] })
    .seeded(async ({ storage }) => {
      await storage.collection(caseKind).create(aCase({ id: 'case_x', level: 1 }));
      await storage.collection(caseDecisionKind).create(decision({ id: 'dec_seed_identified', level: { to: 2 } }));
      await storage.collection(caseDecisionKind).create(
        decision({
          id: 'dec_seed_level1',
          at: '2026-10-01T09:00:00.000Z',
          kind: 'levelChanged',
          source: 'register',
          level: { from: 2, to: 1 },
        }),
      );
    });
}

const record = {
  charge: 'manslaughter' as const,
  rationale: 'Police told the coordinator by secure e-mail.',
  confirmed: true,
};

describe('recording a further offence', () => {
  it('flags a Serious Case Review for a charge within 28 days of Level 2 management, kept in the history and audited', async () => {
    const a = await app();
    const out = await recordFurtherOffence(a.services, 'case_x', { ...record, chargedOn: '2026-10-29' });
    expect(out).toEqual({ ok: true, value: { seriousCaseReview: true, alreadyFlagged: false } });
    expect((await a.store.collection(caseKind).get('case_x'))?.doc.flags.seriousCaseReview).toBe(true);

    const kept = (await a.store.collection(caseDecisionKind).list({ kind: 'seriousFurtherOffence' })).map((d) => d.doc);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ by: { id: coordinator.id }, at: '2026-11-20T10:00:00.000Z' });
    expect(kept[0]!.rationale).toContain('Manslaughter charged on 2026-10-29; Serious Case Review required.');
    expect(kept[0]!.rationale).toContain(record.rationale);

    const lines = (await a.store.collection(auditKind).list({ caseId: 'case_x' })).map((l) => l.doc);
    expect(lines).toEqual([
      expect.objectContaining({
        verb: 'edit',
        actor: { id: coordinator.id, name: coordinator.name },
        reason: record.rationale,
        detail: expect.objectContaining({ charge: 'manslaughter', seriousCaseReview: 'yes' }),
      }),
    ]);
  });

  it('keeps the record without a flag when the charge falls outside the 28 days', async () => {
    const a = await app();
    const out = await recordFurtherOffence(a.services, 'case_x', { ...record, chargedOn: '2026-10-30' });
    expect(out).toEqual({ ok: true, value: { seriousCaseReview: false, alreadyFlagged: false } });
    expect((await a.store.collection(caseKind).get('case_x'))?.doc.flags.seriousCaseReview).toBe(false);
    expect(await a.store.collection(caseDecisionKind).list({ kind: 'seriousFurtherOffence' })).toHaveLength(1);
  });

  it('writes nothing while the record lacks its rationale or confirmation, or is dated after today', async () => {
    const a = await app();
    const out = await recordFurtherOffence(a.services, 'case_x', {
      ...record,
      chargedOn: '2026-11-21',
      rationale: '',
      confirmed: false,
    });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error.map((m) => m.key)).toEqual([
      'caseTeam.furtherOffence.problem.future',
      'caseTeam.furtherOffence.problem.rationale',
      'caseTeam.furtherOffence.problem.confirm',
    ]);
    expect(await a.store.collection(caseDecisionKind).list({ kind: 'seriousFurtherOffence' })).toHaveLength(0);
    expect(await a.store.collection(auditKind).list({ caseId: 'case_x' })).toHaveLength(0);
  });

  it('refuses, and audits the refusal of, someone with no part in the case', async () => {
    const a = await app(outsider);
    await expect(
      recordFurtherOffence(a.services, 'case_x', { ...record, chargedOn: '2026-10-29' }),
    ).rejects.toBeInstanceOf(NotOnCaseError);
    expect((await a.store.collection(caseKind).get('case_x'))?.doc.flags.seriousCaseReview).toBe(false);
    const lines = (await a.store.collection(auditKind).list({ caseId: 'case_x' })).map((l) => l.doc);
    expect(lines).toEqual([
      expect.objectContaining({ verb: 'refuse', actor: { id: outsider.id, name: outsider.name } }),
    ]);
  });
});
