import { recordScreening, type ScreeningInput } from '../../../src/app/cases/recordScreening';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { caseKind } from '../../../src/core/cases/case.schema';
import { referralKind } from '../../../src/core/cases/lifecycle/referral.schema';
import { screeningKind } from '../../../src/core/cases/lifecycle/screening';
import { aPerson } from '../../builders';
import { TestApp } from '../../support/testApp';

const manager = aPerson({ id: 'u_spo', name: 'Sol Senior', email: 'sol.senior@probation.example.gov.uk' });

const input = (over: Partial<ScreeningInput> = {}): ScreeningInput => ({
  subject: { name: 'Lee Fictional', dateOfBirth: '1994-09-09', agencyRef: 'N123' },
  answers: { category: 'none' },
  rationale: 'No qualifying conviction or caution',
  lineManager: manager,
  agreed: true,
  ...over,
});

describe('recording a screening', () => {
  it('keeps only the screening record for someone who is not a MAPPA nominal', async () => {
    const app = TestApp.create().at('2026-11-20T10:00:00Z');
    const r = await recordScreening(app.services, input());
    expect(r).toMatchObject({
      ok: true,
      value: {
        outcome: 'notMappa',
        subject: { name: 'Lee Fictional', dateOfBirth: '1994-09-09', agencyRef: 'N123' },
        endorsement: { lineManager: { id: 'u_spo' }, agreed: true, at: '2026-11-20T10:00:00.000Z' },
      },
    });
    expect(await app.store.collection(caseKind).list()).toEqual([]);
    expect(await app.store.collection(referralKind).list()).toEqual([]);
    expect(await app.store.collection(screeningKind).list()).toHaveLength(1);
    const lines = (await app.store.collection(auditKind).list()).map((l) => l.doc);
    expect(lines).toEqual([
      expect.objectContaining({ verb: 'create', detail: { outcome: 'notMappa', endorsed: 'yes' } }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('Lee Fictional');
  });

  it('records the level the answers give', async () => {
    const app = TestApp.create();
    const r = await recordScreening(
      app.services,
      input({
        answers: { category: 1, agenciesNeeded: 3, policeAndProbationBoth: true, mediaOrSeniorResources: true },
      }),
    );
    expect(r.ok && r.value.outcome).toBe(3);
  });

  it('records nothing without the endorsement', async () => {
    const app = TestApp.create();
    const { lineManager: _none, ...rest } = input();
    expect((await recordScreening(app.services, rest)).ok).toBe(false);
    expect(await app.store.collection(screeningKind).list()).toEqual([]);
  });
});
