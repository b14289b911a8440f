import { recordCaseLevel } from '../../../src/app/cases/recordCaseLevel';
import { MinutesSession } from '../../../src/app/minutes/minutesSession';
import { exitMappa } from '../../../src/app/scheduling/scheduleSeries';
import { auditKind, type AuditEvent } from '../../../src/core/audit/audit.schema';
import { caseKind } from '../../../src/core/cases/case.schema';
import { meetingKind, seriesKind } from '../../../src/core/panels/series.schema';
import { ConflictError } from '../../../src/core/shared/errors';
import { people } from '../../core/access/fixtures';
import { aCase } from '../../builders';
import { aSeries } from '../../fakes/graph/scenario';
import { TestApp } from '../../support/testApp';

const CASE = 'case_audit';
const series = aSeries({ id: 'ser_a', caseId: CASE, chair: people.chair, members: [people.member], status: 'active' });

async function world() {
  return TestApp.create()
    .as(people.coordinator)
    .withSettings({ coordinators: [people.coordinator] })
    .seeded(async ({ storage }) => {
      await storage
        .collection(caseKind)
        .create(aCase({ id: CASE, level: 2, nominal: { ...aCase().nominal, name: 'Nominal Person' } }));
      await storage.collection(seriesKind).create(series);
      await storage.collection(meetingKind).create({
        id: 'mtg_a_1',
        seriesId: series.id,
        caseId: CASE,
        caseReference: series.caseReference,
        kind: 'review',
        sequence: 1,
        start: '2026-11-20T10:00:00.000Z',
        durationMinutes: 60,
        status: 'scheduled',
      });
    });
}

const events = async (app: TestApp): Promise<AuditEvent[]> =>
  (await app.services.storage.collection(auditKind).list({ caseId: CASE })).map((s) => s.doc);

describe('every access leaves a trace', () => {
  it('opening the minutes is a view, by identifiers only', async () => {
    const app = await world();
    const session = await MinutesSession.open(app.services, CASE, undefined);
    expect(session).toBeInstanceOf(MinutesSession);
    const views = (await events(app)).filter((e) => e.verb === 'view');
    expect(views).toEqual([
      expect.objectContaining({
        actor: { id: people.coordinator.id, name: people.coordinator.name },
        subject: { kind: 'minutes', id: 'mtg_a_1' },
        caseId: CASE,
        at: '2026-11-20T10:00:00.000Z',
      }),
    ]);
    expect(JSON.stringify(views)).not.toContain('Nominal Person');
  });

  it('a level change says from and to, and why', async () => {
    const app = await world();
    await recordCaseLevel(app.services, CASE, { to: 3, rationale: 'Risk now imminent', confirmed: true });
    expect((await events(app)).find((e) => e.verb === 'changeLevel')).toMatchObject({
      reason: 'Risk now imminent',
      detail: { from: '2', to: '3' },
    });
  });

  it('an exit from MAPPA is audited with its reason', async () => {
    const app = await world();
    const stored = await app.services.storage.collection(seriesKind).get(series.id);
    await exitMappa(app.services, stored, CASE, '2026-11-20', 'Notification period ended');
    const exits = (await events(app)).filter((e) => e.verb === 'exit');
    expect(exits.map((e) => e.subject.kind).sort()).toEqual(['cases']);
    expect(exits[0]?.reason).toBe('Notification period ended');
  });

  it('the audit log is append-only: no event can be changed', async () => {
    const app = await world();
    await recordCaseLevel(app.services, CASE, { to: 3, rationale: 'Risk now imminent', confirmed: true });
    const [stored] = await app.services.storage.collection(auditKind).list({ verb: 'changeLevel' });
    await expect(
      app.services.storage.collection(auditKind).update({ ...stored!.doc, reason: 'rewritten' }, stored!.version),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
