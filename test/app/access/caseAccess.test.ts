import { bindingFor } from '../../../src/app/binding';
import { recordCaseLevel } from '../../../src/app/cases/recordCaseLevel';
import { MinutesSession } from '../../../src/app/minutes/minutesSession';
import {
  changeLevel,
  exitMappa,
  scheduleSeries,
  scheduleUrgent,
  planFor,
} from '../../../src/app/scheduling/scheduleSeries';
import type { Services } from '../../../src/app/services';
import { writtenUpdateKind } from '../../../src/core/actions/writtenUpdate.schema';
import { operations, type CaseRole, type Operation } from '../../../src/core/access/policy';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { caseKind } from '../../../src/core/cases/case.schema';
import { meetingKind, seriesKind, type PanelSeries } from '../../../src/core/panels/series.schema';
import { isNotOnCase, NotOnCaseError } from '../../../src/core/shared/errors';
import { expected, people } from '../../core/access/fixtures';
import { aCase } from '../../builders';
import { aSeries, meetingsOf } from '../../fakes/graph/scenario';
import { TestApp } from '../../support/testApp';

const CASE = 'case_test';
const series: PanelSeries = aSeries({
  id: 'ser_ct',
  chair: people.chair,
  members: [people.member],
  status: 'active',
  firstMeetingDate: '2026-11-02',
});

async function world(role: CaseRole) {
  const app = await TestApp.create()
    .as(people[role])
    .withSettings({ coordinators: [people.coordinator] })
    .seeded(async ({ storage }) => {
      await storage.collection(caseKind).create(aCase({ id: CASE }));
      await storage.collection(seriesKind).create(series);
      await storage.collection(meetingKind).create({
        id: 'mtg_ct_2',
        seriesId: series.id,
        caseId: CASE,
        caseReference: series.caseReference,
        kind: 'review',
        sequence: 2,
        start: '2026-11-20T10:00:00.000Z',
        durationMinutes: 60,
        status: 'scheduled',
      });
      await storage.collection(writtenUpdateKind).create({
        id: 'wu_1',
        meetingId: 'mtg_ct_2',
        caseId: CASE,
        caseReference: series.caseReference,
        author: people.writtenUpdate,
        text: 'Attended the clinic as agreed.',
        at: '2026-11-19T09:00:00.000Z',
      });
    });
  return app;
}

const refusals = async (services: Services) =>
  (await services.storage.collection(auditKind).list({ verb: 'refuse' })).map((s) => s.doc);

/** Runs one operation through its use case; resolves whether the policy let it through. */
async function attempt(services: Services, op: Operation): Promise<boolean> {
  const stored = (await services.storage.collection(seriesKind).get(series.id))!;
  const run: Partial<Record<Operation, () => Promise<unknown>>> = {
    readMinutes: () => MinutesSession.open(services, CASE, undefined),
    finalise: async () => {
      // Opened as the chair, finalised by the person under test: the policy is asked again.
      const asChair = { ...services, me: people.chair };
      const session = await MinutesSession.open(asChair, CASE, undefined);
      if (!(session instanceof MinutesSession)) throw new Error(JSON.stringify(session.error));
      Object.assign(asChair, { me: services.me });
      return session.finalise();
    },
    schedule: () =>
      scheduleUrgent(services, aCase({ id: CASE }), { ...planFor(series), key: 'urg_ct', firstDate: '2026-11-25' }),
    changeLevel: () =>
      changeLevel(services, stored, '2026-11-20', { ...series, id: 'ser_ct_l3', level: 3 }, meetingsOf(series)),
    exit: () => exitMappa(services, stored, CASE, '2026-11-20'),
  };
  try {
    await run[op]!();
    return true;
  } catch (e) {
    if (isNotOnCase(e)) return false;
    throw e;
  }
}

const tried: Operation[] = ['readMinutes', 'finalise', 'schedule', 'changeLevel', 'exit'];
const roles = Object.keys(expected) as CaseRole[];
const matrix = roles.flatMap((role) => tried.map((op) => [role, op, expected[role][op]] as const));

describe('the use cases ask the access policy', () => {
  it('tries every operation the policy names that these use cases carry', () => {
    expect(tried.every((op) => operations.includes(op))).toBe(true);
  });

  it.each(matrix)('%s: %s allowed is %s', async (role, op, allowed) => {
    const app = await world(role);
    expect(await attempt(app.services, op)).toBe(allowed);
    const audited = await refusals(app.services);
    if (allowed) {
      expect(audited).toEqual([]);
    } else {
      // Identifiers only: who, which case, which operation; nothing of the case.
      expect(audited).toEqual([
        expect.objectContaining({
          actor: { id: people[role].id, name: people[role].name },
          subject: { kind: 'case', id: CASE },
          caseId: CASE,
          detail: { operation: op, role },
        }),
      ]);
      expect(JSON.stringify(audited)).not.toContain(aCase().nominal.name);
    }
  });

  it('tells someone not on the case that they are not on it, and whom to ask', async () => {
    const app = await world('none');
    const refused = MinutesSession.open(app.services, CASE, undefined);
    await expect(refused).rejects.toBeInstanceOf(NotOnCaseError);
    await expect(refused).rejects.toThrow(
      'You are not on this case; ask Cora Ordway, the MAPPA coordinator if you need to be.',
    );
  });

  it('tells a member their part does not cover finalising, and to ask the chair', async () => {
    const app = await world('member');
    const asChair = { ...app.services, me: people.chair };
    const session = (await MinutesSession.open(asChair, CASE, undefined)) as MinutesSession;
    Object.assign(asChair, { me: people.member });
    await expect(session.finalise()).rejects.toThrow(
      'Your part in this case does not let you finalise or correct the minutes; ask Chris Chair, the chair.',
    );
  });

  it('refuses a new series and a level recorded on the case to anyone but the coordinator and the chair', async () => {
    const member = await world('member');
    await expect(
      scheduleSeries(member.services, { ...series, id: 'ser_new' }, meetingsOf(series), []),
    ).rejects.toBeInstanceOf(NotOnCaseError);
    await expect(
      recordCaseLevel(member.services, CASE, { to: 3, rationale: 'Media interest', confirmed: true }),
    ).rejects.toBeInstanceOf(NotOnCaseError);
    const chair = await world('chair');
    await recordCaseLevel(chair.services, CASE, { to: 3, rationale: 'Media interest', confirmed: true });
    expect((await chair.services.storage.collection(caseKind).get(CASE))?.doc.level).toBe(3);
  });

  it('binds a surface to a refused case with the refusal only, so nothing of the case loads', async () => {
    const binding = { caseId: CASE, caseReference: series.caseReference, meetingId: 'mtg_ct_2' };
    const outsider = await world('none');
    expect(await bindingFor(outsider.services, binding)).toEqual({
      caseId: CASE,
      refused: 'You are not on this case; ask Cora Ordway, the MAPPA coordinator if you need to be.',
    });
    const member = await world('member');
    expect(await bindingFor(member.services, binding)).toEqual(binding);
  });
});
