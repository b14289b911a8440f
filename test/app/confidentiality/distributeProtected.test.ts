import { distributeMinutes } from '../../../src/app/confidentiality/operations';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { caseKind } from '../../../src/core/cases/case.schema';
import { planDistribution } from '../../../src/core/confidentiality/distribution';
import { seriesKind } from '../../../src/core/panels/series.schema';
import { protectedIndex } from '../../../src/core/protection/matcher';
import { protectedPeopleKind, type ProtectedPerson } from '../../../src/core/protection/protectedPeople.schema';
import { people } from '../../core/access/fixtures';
import { aCase } from '../../builders';
import { aSeries } from '../../fakes/graph/scenario';
import type { FakeMail } from '../../support/testApp';
import { TestApp } from '../../support/testApp';

const CASE = 'case_dist';
const victim: ProtectedPerson = {
  id: 'pp_1',
  kind: 'victim',
  name: 'Nell Fictional',
  aliases: ['Nell Ashdown'],
  addresses: [],
  emails: ['nell.fictional@example.com'],
  directoryId: 'dir-nell',
};
const settings = { approvedSecureDomains: ['probation.example.gov.uk'] };

describe('distribution refuses a protected person by identity, not only by address', () => {
  const index = protectedIndex([victim]);
  it.each([
    [
      'their directory id, on an approved domain',
      { id: 'dir-nell', name: 'N. Staff', email: 'n.staff@probation.example.gov.uk' },
      'directory entry',
    ],
    [
      'their name, with a second address on an approved domain',
      { name: 'Nell Fictional', email: 'nf2@probation.example.gov.uk' },
      'their name',
    ],
    ['an alias spelt in the address', { name: 'x', email: 'nell.ashdown@probation.example.gov.uk' }, 'their name'],
    ['a +tag form of a known address', { name: 'x', email: 'Nell.Fictional+mappa@example.com' }, 'known addresses'],
  ])('by %s', (_label, recipient, why) => {
    const plan = planDistribution([recipient], settings, {}, index);
    expect(plan.send).toEqual([]);
    expect(plan.refused[0]?.reason).toBe('protectedPerson');
    expect(plan.refused[0]?.message).toContain(why);
  });

  it('still sends to colleagues', () => {
    const plan = planDistribution([{ name: 'Olly OM', email: 'olly@probation.example.gov.uk' }], settings, {}, index);
    expect(plan.send).toHaveLength(1);
  });

  it('the use case reads the case’s protected people, refuses, says why and audits the refusal without naming them', async () => {
    const app = await TestApp.create()
      .as(people.chair)
      .withSettings({ coordinators: [people.coordinator], approvedSecureDomains: settings.approvedSecureDomains })
      .seeded(async ({ storage }) => {
        await storage.collection(caseKind).create(aCase({ id: CASE }));
        await storage
          .collection(seriesKind)
          .create(aSeries({ id: 'ser_d', caseId: CASE, chair: people.chair, members: [], status: 'active' }));
        await storage
          .collection(protectedPeopleKind)
          .create({ id: CASE, caseId: CASE, people: [victim], updatedAt: '2026-11-20T10:00:00.000Z' });
      });
    const outcome = await distributeMinutes(app.services, {
      caseId: CASE,
      caseReference: 'MP-2026-0900',
      minutesId: 'mtg_1',
      recipients: [
        { name: 'Nell Fictional', email: 'nell.work@probation.example.gov.uk' },
        { name: 'Olly OM', email: 'olly@probation.example.gov.uk' },
      ],
      victimFlags: {},
      why: 'Final minutes',
      attachment: { name: 'm.docx', base64: '' },
    });
    expect(outcome.sent).toBe(1);
    expect((app.services.mail as FakeMail).sent[0]?.to).toEqual(['olly@probation.example.gov.uk']);
    expect(outcome.plan.refused[0]?.message).toMatch(/protected person in this case, known by their name/);
    const refusals = (await app.services.storage.collection(auditKind).list({ verb: 'refuse' })).map((s) => s.doc);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.reason).toMatch(/a protected person of the case/);
    expect(JSON.stringify(refusals)).not.toMatch(/nell/i);
  });
});
