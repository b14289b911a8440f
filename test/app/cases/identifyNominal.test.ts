import { identifyNominal, type IdentificationInput } from '../../../src/app/cases/identifyNominal';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { caseKind } from '../../../src/core/cases/case.schema';
import { caseDecisionKind } from '../../../src/core/cases/lifecycle/caseHistory.schema';
import { noFacts } from '../../../src/core/cases/lifecycle/identification';
import { aCase, aPerson } from '../../builders';
import { msg } from '../../../src/i18n/message';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@northshire.example.gov.uk',
});
const inspector = aPerson({
  id: 'u_insp',
  name: 'Ina Spector',
  email: 'ina.spector@police.example.gov.uk',
  agency: 'police',
});
const sergeant = aPerson({
  id: 'u_serg',
  name: 'Sam Sergeant',
  email: 'sam.sergeant@police.example.gov.uk',
  agency: 'police',
});

const input = (over: Partial<IdentificationInput> = {}): IdentificationInput => ({
  nominal: {
    name: 'Alex Fictional',
    dateOfBirth: '1988-02-03',
    aliases: [],
    identifiers: {},
    childSexOffender: false,
    inCustody: true,
  },
  facts: { ...noFacts, violentOrOtherSexualOffender: true },
  level: 2,
  category3Rationale: '',
  rationale: 'Schedule 15 offence with 4 years’ custody',
  leadAgency: 'probation',
  disposal: {
    kind: 'custody',
    from: '2026-11-18',
    until: '2028-11-17',
    termMonths: 48,
    complex: false,
    notifiedBy: aPerson({ agency: 'prison' }),
    notifiedAt: '2026-11-19T09:00:00.000Z',
  },
  ...over,
});

const app = () =>
  TestApp.create()
    .as(coordinator)
    .at('2026-11-20T10:00:00Z')
    .withSettings({ coordinators: [coordinator], chairs: { level2: [inspector, sergeant], level3: [] } })
    .seeded(async ({ storage }) => {
      await storage.collection(caseKind).create(aCase({ id: 'case_a', reference: 'MP-2026-0141', chair: inspector }));
    });

describe('identifying a new nominal', () => {
  it('creates the case with its category, chair, exit date and history, and audits it', async () => {
    const a = await app();
    const r = await identifyNominal(a.services, input());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.case).toMatchObject({
      reference: 'MP-2026-0142',
      category: 2,
      level: 2,
      status: 'active',
      exitDue: '2028-11-17',
      // The inspector already chairs a case; the sergeant has none.
      chair: { id: 'u_serg' },
    });
    expect(r.value).toMatchObject({ identificationDue: '2026-11-21', late: false, rescreenOn: '2028-05-17' });
    const history = await a.store.collection(caseDecisionKind).list({ caseId: r.value.case.id });
    expect(history.map((h) => h.doc)).toEqual([
      expect.objectContaining({
        kind: 'identified',
        level: { to: 2 },
        category: { to: 2 },
        by: { id: 'u_coord', name: 'Cora Ordinator' },
      }),
    ]);
    const lines = await a.store.collection(auditKind).list({ caseId: r.value.case.id });
    expect(lines.map((l) => l.doc)).toEqual([
      expect.objectContaining({
        verb: 'create',
        at: '2026-11-20T10:00:00.000Z',
        detail: expect.objectContaining({ identifiedLate: 'no' }),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('Alex Fictional');
  });

  it('notes a late identification', async () => {
    const a = await app();
    const r = await identifyNominal(
      a.services,
      input({ disposal: { kind: 'community', from: '2026-11-10', complex: false } }),
    );
    expect(r.ok && r.value.late).toBe(true);
  });

  it('refuses without a notification record, a rationale, or a category that stands, and creates nothing', async () => {
    const a = await app();
    const r = await identifyNominal(
      a.services,
      input({
        facts: { ...noFacts, otherDangerousOffender: true },
        level: 1,
        rationale: '',
        disposal: { kind: 'hospital', from: '2026-11-18', complex: false },
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toEqual(
        expect.arrayContaining([
          msg('cases.problem.category3Level'),
          msg('cases.problem.notification'),
          msg('cases.problem.identificationRationale'),
        ]),
      );
    }
    expect(await a.store.collection(caseKind).list()).toHaveLength(1);
  });

  it('is for the area’s coordinators only, and the refusal is audited', async () => {
    const a = (await app()).as(aPerson());
    await expect(identifyNominal(a.services, input())).rejects.toMatchObject({
      message: 'Only the area’s MAPPA coordinators can identify a new nominal. Ask the MAPPA coordinator.',
      said: msg('cases.problem.coordinatorOnly.identifyNominal'),
    });
    expect((await a.store.collection(auditKind).list({ verb: 'refuse' })).length).toBe(1);
  });
});
