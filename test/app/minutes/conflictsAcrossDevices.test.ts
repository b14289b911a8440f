import { MemoryTab } from '../../../src/adapters/memory/memoryDraftStore';
import { MinutesSession } from '../../../src/app/minutes/minutesSession';
import type { Services } from '../../../src/app/services';
import { minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import { openConflictsId, openConflictsKind } from '../../../src/core/minutes/openConflicts.schema';
import { demoServices, NOW } from '../../support/demoServices';

/**
 * A conflict belongs to the minutes, not to the tab that met it: each device here is its own
 * TestApp (its own drafts, tab, ids and clock) over one shared store, as two laptops share the
 * area's site.
 */

const CASE = 'case_demo_0102';

async function device(name: string, shared?: Services, minutesLater = 0): Promise<Services> {
  let n = 0;
  return demoServices({
    ...(shared ? { storage: shared.storage } : {}),
    tab: new MemoryTab(`tab_${name}`),
    ids: { newId: (prefix) => `${prefix ?? 'id'}_${name}_${++n}` },
    clock: { now: () => new Date(NOW.getTime() + minutesLater * 60_000) },
  });
}

async function open(services: Services): Promise<MinutesSession> {
  const s = await MinutesSession.open(services, CASE, undefined);
  if (!(s instanceof MinutesSession)) throw new Error(JSON.stringify(s.error));
  return s;
}

const setReason = (v: string) => (m: Minutes) => ({ ...m, purpose: { ...m.purpose, reason: v } });

describe('conflicts across devices', () => {
  it('a conflict met on one device is decided on another; the first then saves without undoing it', async () => {
    const laptop = await device('laptop');
    const phone = await device('phone', laptop, 1);
    const desk = await device('desk', laptop, 2);
    const minutes = laptop.storage.collection(minutesKind);

    const onLaptop = await open(laptop);
    await onLaptop.autosave.flush();
    const onPhone = await open(phone);
    onLaptop.autosave.edit(setReason('Laptop wording'));
    onPhone.autosave.edit(setReason('Phone wording'));
    await onLaptop.autosave.flush();
    await onPhone.autosave.flush();

    // The phone meets the conflict; the stamps both devices put on (updatedAt) are no part of it.
    expect(onPhone.autosave.getSnapshot().status).toBe('conflict');
    expect(onPhone.autosave.getSnapshot().conflicts.map((c) => c.path)).toEqual(['purpose.reason']);
    // Nothing is kept "mine" by default: the saved wording stands until someone chooses.
    expect((await minutes.get(onLaptop.meetingId))?.doc.purpose.reason).toBe('Laptop wording');
    // The shared record holds the unsaved text, so it names its case: Microsoft 365 keeps it in the case's folder.
    const shared = await phone.storage.collection(openConflictsKind).get(openConflictsId('minutes', onPhone.meetingId));
    expect(shared?.doc.caseId).toBe(onPhone.access.caseId);

    // The phone is put away undecided. The desk opens the minutes and must decide.
    const onDesk = await open(desk);
    const seen = onDesk.autosave.getSnapshot();
    expect(seen.status).toBe('conflict');
    expect(seen.conflicts).toEqual([
      expect.objectContaining({
        path: 'purpose.reason',
        mine: 'Phone wording',
        theirs: 'Laptop wording',
        by: phone.me.name,
      }),
    ]);
    // Until then it saves nothing over either version.
    onDesk.autosave.edit((m) => ({ ...m, media: { ...m.media, plan: 'Desk plan' } }));
    await onDesk.autosave.flush();
    expect((await minutes.get(onDesk.meetingId))?.doc.media.plan).not.toBe('Desk plan');

    onDesk.autosave.resolve(seen.conflicts[0]!, 'mine');
    await onDesk.autosave.flush();
    expect(onDesk.autosave.getSnapshot().status).toBe('saved');
    const saved = (await minutes.get(onDesk.meetingId))!.doc;
    expect(saved.purpose.reason).toBe('Phone wording');
    expect(saved.media.plan).toBe('Desk plan');
    const open1 = await laptop.storage.collection(openConflictsKind).get(openConflictsId('minutes', onDesk.meetingId));
    expect(open1?.doc.conflicts).toEqual([]);

    // The phone comes back to its own draft: the conflict was decided elsewhere, and its save keeps that.
    const phoneAgain = await open(phone);
    expect(phoneAgain.autosave.getSnapshot().conflicts).toEqual([]);
    await phoneAgain.autosave.flush();
    expect(phoneAgain.autosave.getSnapshot().status).toBe('saved');
    expect((await minutes.get(onDesk.meetingId))?.doc.purpose.reason).toBe('Phone wording');
    expect((await minutes.get(onDesk.meetingId))?.doc.media.plan).toBe('Desk plan');
  });

  it('a conflict stays open on every device until one decides, and "keep the saved version" keeps it', async () => {
    const laptop = await device('laptop');
    const phone = await device('phone', laptop, 1);
    const minutes = laptop.storage.collection(minutesKind);
    const onLaptop = await open(laptop);
    await onLaptop.autosave.flush();
    const onPhone = await open(phone);
    onLaptop.autosave.edit(setReason('Laptop wording'));
    onPhone.autosave.edit(setReason('Phone wording'));
    await onLaptop.autosave.flush();
    await onPhone.autosave.flush();

    // Every later opening, on any device, is asked again.
    for (const name of ['second', 'third']) {
      const again = await open(await device(name, laptop, 3));
      expect(again.autosave.getSnapshot().conflicts).toHaveLength(1);
    }
    const laptopReopened = await open(laptop);
    const [c] = laptopReopened.autosave.getSnapshot().conflicts;
    expect(c).toMatchObject({ mine: 'Phone wording', theirs: 'Laptop wording' });
    laptopReopened.autosave.resolve(c!, 'theirs');
    await laptopReopened.autosave.flush();
    expect((await minutes.get(onLaptop.meetingId))?.doc.purpose.reason).toBe('Laptop wording');
    const after = await open(await device('fourth', laptop, 4));
    expect(after.autosave.getSnapshot().conflicts).toEqual([]);
  });
});
