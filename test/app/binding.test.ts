import { demoAreaSettings, demoChatId, seedDemoData } from '../../src/adapters/local/demoData';
import { MemoryStore } from '../../src/adapters/memory/memoryStore';
import { bindingFromQuery, pickCurrentMeeting, resolveBinding } from '../../src/app/binding';
import type { Meeting } from '../../src/core/panels/series.schema';

const NOW = new Date('2026-11-18T14:30:00.000Z');

async function demoStore() {
  const storage = new MemoryStore();
  await seedDemoData({ storage, clock: { now: () => NOW }, settings: demoAreaSettings() });
  return storage;
}

describe('surface binding', () => {
  it('binds to the case in the address and its next meeting', async () => {
    const storage = await demoStore();
    const binding = await resolveBinding(storage, {}, '?caseId=case_demo_0101', NOW);
    expect(binding).toEqual({ caseId: 'case_demo_0101', caseReference: 'MP-2026-0101', meetingId: 'mtg_demo_0101_2' });
  });

  it('binds to the tab page id when the address has none', async () => {
    const storage = await demoStore();
    const binding = await resolveBinding(storage, { pageId: 'case_demo_0103' }, '', NOW);
    expect(binding.caseReference).toBe('MP-2026-0103');
  });

  it('finds the case from the Teams meeting chat alone', async () => {
    const storage = await demoStore();
    const binding = await resolveBinding(storage, { meeting: { chatId: demoChatId('MP-2026-0102') } }, '', NOW);
    expect(binding).toEqual({ caseId: 'case_demo_0102', caseReference: 'MP-2026-0102', meetingId: 'mtg_demo_0102_3' });
  });

  it('binds to nothing for a personal page id or a malformed address', async () => {
    const storage = await demoStore();
    expect(await resolveBinding(storage, { pageId: 'my-actions' }, '', NOW)).toEqual({});
    expect(bindingFromQuery(`?caseId=${'x'.repeat(500)}`)).toEqual({});
  });

  it('keeps an unknown case id without a reference, so the surface can say so', async () => {
    const storage = await demoStore();
    expect(await resolveBinding(storage, {}, '?caseId=case_missing', NOW)).toEqual({ caseId: 'case_missing' });
  });

  it('prefers a meeting in progress, then the next scheduled, then the last held', () => {
    const m = (id: string, start: string, status: Meeting['status']): Meeting => ({
      id,
      caseId: 'c',
      caseReference: 'MP-2026-0001',
      kind: 'review',
      sequence: 1,
      start,
      durationMinutes: 60,
      status,
    });
    const held = m('held', '2026-10-01T09:00:00Z', 'held');
    const earlierToday = m('today', '2026-11-18T09:00:00Z', 'scheduled');
    const later = m('later', '2026-12-01T09:00:00Z', 'scheduled');
    expect(pickCurrentMeeting([held, later, earlierToday], NOW)?.id).toBe('today');
    expect(pickCurrentMeeting([held, later, m('now', '2026-11-18T14:00:00Z', 'inProgress')], NOW)?.id).toBe('now');
    expect(pickCurrentMeeting([held, m('old', '2026-09-01T09:00:00Z', 'held')], NOW)?.id).toBe('held');
    expect(pickCurrentMeeting([], NOW)).toBeUndefined();
  });
});
