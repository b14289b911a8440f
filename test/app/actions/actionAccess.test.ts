import {
  loadCoordinatedActions,
  loadCoordinatedActionsPage,
  loadMyActions,
  sendReminders,
} from '../../../src/app/actions/actionOperations';
import type { Services } from '../../../src/app/services';
import { actionKind } from '../../../src/core/actions/action.schema';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { seriesKind } from '../../../src/core/panels/series.schema';
import { isNotOnCase } from '../../../src/core/shared/errors';
import { people } from '../../core/access/fixtures';
import { anAction } from '../../builders';
import { aSeries } from '../../fakes/graph/scenario';
import type { FakeMail } from '../../support/testApp';
import { TestApp } from '../../support/testApp';

/** A counter-terrorism case the outsider (children's services) has no role on, and one where they own an action. */
const seed = async ({ storage }: Services) => {
  const series = storage.collection(seriesKind);
  await series.create(
    aSeries({ id: 'ser_ct', caseId: 'case_ct', caseReference: 'MP-2026-0101', chair: people.chair, status: 'active' }),
  );
  await series.create(
    aSeries({
      id: 'ser_other',
      caseId: 'case_other',
      caseReference: 'MP-2026-0102',
      chair: people.chair,
      coordinator: people.member,
      status: 'active',
    }),
  );
  const actions = storage.collection(actionKind);
  await actions.create(
    anAction({
      id: 'act_ct',
      caseId: 'case_ct',
      caseReference: 'MP-2026-0101',
      owner: people.chair,
      dueDate: '2026-11-10',
    }),
  );
  await actions.create(
    anAction({
      id: 'act_outsider',
      caseId: 'case_ct',
      caseReference: 'MP-2026-0101',
      owner: people.none,
      dueDate: '2026-11-10',
    }),
  );
  await actions.create(
    anAction({
      id: 'act_other',
      caseId: 'case_other',
      caseReference: 'MP-2026-0102',
      owner: people.chair,
      dueDate: '2026-11-10',
    }),
  );
};

const world = (person: (typeof people)[keyof typeof people]) =>
  TestApp.create()
    .as(person)
    .withSettings({ coordinators: [people.coordinator] })
    .seeded(seed);

describe('actions under the access policy', () => {
  it('lists every action of the area for an area coordinator', async () => {
    const { services } = await world(people.coordinator);
    const ids = (await loadCoordinatedActions(services)).map((a) => a.id).sort();
    expect(ids).toEqual(['act_ct', 'act_other', 'act_outsider']);
  });

  it("lists only the actions of a series' coordinator's own cases", async () => {
    const { services } = await world(people.member);
    expect((await loadCoordinatedActions(services)).map((a) => a.id)).toEqual(['act_other']);
  });

  it('reads the first page for an area coordinator from the store, open first by due date, with the total', async () => {
    const { services } = await world(people.coordinator);
    await services.storage
      .collection(actionKind)
      .create(anAction({ id: 'act_early_done', caseId: 'case_ct', dueDate: '2026-01-01', status: 'done' }));
    await services.storage
      .collection(actionKind)
      .create(anAction({ id: 'act_early_open', caseId: 'case_ct', dueDate: '2026-01-01', status: 'open' }));
    const page = await loadCoordinatedActionsPage(services, 3);
    expect(page.total).toBe(5);
    expect(page.actions.map((a) => a.id)).toEqual(['act_early_open', 'act_ct', 'act_other']);
  });

  it("gives a series' coordinator a first page of their own cases' actions only", async () => {
    const { services } = await world(people.member);
    const page = await loadCoordinatedActionsPage(services, 50);
    expect(page).toEqual({ actions: [expect.objectContaining({ id: 'act_other' })], total: 1 });
  });

  it('refuses the first page, as the whole list, to a person who coordinates no case', async () => {
    const { services } = await world(people.none);
    const refused = await loadCoordinatedActionsPage(services, 50).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isNotOnCase(refused)).toBe(true);
  });

  it('refuses, and audits, a person from another agency with no role, who sees none of the case’s actions', async () => {
    const { services } = await world(people.none);
    const refused = await loadCoordinatedActions(services).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isNotOnCase(refused)).toBe(true);
    const audit = (await services.storage.collection(auditKind).list({ verb: 'refuse' })).map((s) => s.doc);
    expect(audit).toEqual([expect.objectContaining({ actor: expect.objectContaining({ id: people.none.id }) })]);
  });

  it('sends no reminders for a person who coordinates no case', async () => {
    const { services } = await world(people.none);
    await expect(sendReminders(services, 'https://example.test/#/my-actions')).rejects.toThrow('not on this case');
    expect((services.mail as FakeMail).sent).toEqual([]);
  });

  it("reminds only the owners of actions on the series coordinator's cases", async () => {
    const { services } = await world(people.member);
    const run = await sendReminders(services, 'https://example.test/#/my-actions');
    expect(run).toEqual({ ok: true, value: { sent: 1, failed: 0 } });
    expect((services.mail as FakeMail).sent.map((m) => m.to)).toEqual([[people.chair.email]]);
  });

  it('writes each reminder in Welsh and in English, Welsh first', async () => {
    const { services } = await world(people.member);
    await sendReminders(services, 'https://example.test/#/my-actions');
    const [mail] = (services.mail as FakeMail).sent;
    expect(mail!.subject).toBe('Camau gweithredu MAPPA sy’n ddyledus / MAPPA actions due');
    const welsh = mail!.body.indexOf('Mae gennych gamau gweithredu MAPPA sydd angen eich sylw:');
    const english = mail!.body.indexOf('You have MAPPA actions that need your attention:');
    expect(welsh).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(welsh);
  });

  it('shows a person with no role only their own action, by the case reference', async () => {
    const { services } = await world(people.none);
    const mine = await loadMyActions(services);
    expect(mine.map((a) => a.id)).toEqual(['act_outsider']);
    expect(mine[0]!.caseReference).toBe('MP-2026-0101');
  });
});
