import { recordFurtherOffence } from '../../../src/app/cases/recordFurtherOffence';
import { caseKind } from '../../../src/core/cases/case.schema';
import { aCase, aPerson } from '../../builders';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({ id: 'u_coord', email: 'cora.ordinator@probation.example.gov.uk' });

describe('recording a further offence', () => {
  it('flags a Serious Case Review for a Level 2 case charged with manslaughter', async () => {
    const a = await TestApp.create()
      .as(coordinator)
      .at('2026-11-20T10:00:00Z')
      .withSettings({ coordinators: [coordinator] })
      .seeded(async ({ storage }) => {
        await storage.collection(caseKind).create(aCase({ id: 'case_x', level: 2 }));
      });
    expect(
      await recordFurtherOffence(a.services, 'case_x', { charge: 'manslaughter', chargedOn: '2026-11-19', note: '' }),
    ).toEqual({
      seriousCaseReview: true,
    });
    expect((await a.store.collection(caseKind).get('case_x'))?.doc.flags.seriousCaseReview).toBe(true);
  });
});
