import { IDBFactory } from 'fake-indexeddb';

import { actionKind } from '../../../src/core/actions/action.schema';
import { AreaSettingsSchema } from '../../../src/core/area/areaSettings';
import { caseKind } from '../../../src/core/cases/case.schema';
import { loadRegisterFeeds } from '../../../src/app/cases/registerFeeds';
import { lazyBankHolidays } from '../../../src/adapters/holidays/lazyBankHolidays';
import { buildRegister, queueCounts, registerFlags } from '../../../src/core/cases/register';
import { meetingKind, seriesKind } from '../../../src/core/panels/series.schema';
import type { ClockPort } from '../../../src/core/ports';
import { IndexedDbStore } from '../../../src/adapters/local/indexedDbStore';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import {
  allDemoPeople,
  demoAreaSettings,
  demoChatId,
  demoMe,
  resetDemoData,
  seedDemoData,
} from '../../../src/adapters/local/demoData';

const NOW = new Date('2026-11-18T14:30:00.000Z');
const TODAY = '2026-11-18';
const clock: ClockPort = { now: () => NOW };

const ageOn = (dateOfBirth: string, today: string): number => {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
};
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The four cases with panels, meetings bound to demo chats and actions; the rest fill the register. */
const PANEL_CASES = ['case_demo_0101', 'case_demo_0102', 'case_demo_0103', 'case_demo_0104'];

async function seeded(settings = demoAreaSettings()) {
  const storage = new MemoryStore();
  const result = await seedDemoData({ storage, clock, settings });
  const cases = (await storage.collection(caseKind).list()).map((s) => s.doc);
  const series = (await storage.collection(seriesKind).list()).map((s) => s.doc);
  const meetings = (await storage.collection(meetingKind).list()).map((s) => s.doc);
  const actions = (await storage.collection(actionKind).list()).map((s) => s.doc);
  return { storage, result, cases, series, meetings, actions };
}

describe('demo area settings', () => {
  it('are settings the schema accepts as they are: nothing defaulted, trimmed or lower-cased away', () => {
    const settings = demoAreaSettings();
    expect(AreaSettingsSchema.parse(settings)).toEqual(settings);
    expect(AreaSettingsSchema.parse(structuredClone(settings))).toStrictEqual(settings);
  });

  it('are a fresh value each time, so one surface changing its copy changes no other', () => {
    const first = demoAreaSettings();
    first.approvedSecureDomains.push('elsewhere.example.com');
    first.statements.cy.confidentiality = 'Newidiwyd';
    expect(demoAreaSettings().approvedSecureDomains).not.toContain('elsewhere.example.com');
    expect(demoAreaSettings().statements.cy.confidentiality).not.toBe('Newidiwyd');
  });
});

describe('demo data seeding', () => {
  it('seeds the four required fictional cases', async () => {
    const { result, cases: all } = await seeded();
    const cases = all.filter((c) => PANEL_CASES.includes(c.id));
    expect(result.seeded).toBe(true);
    const adults = cases.filter((c) => c.category !== 4 && ageOn(c.nominal.dateOfBirth, TODAY) >= 18);
    expect(adults.some((c) => c.level === 2)).toBe(true);
    expect(adults.some((c) => c.level === 3)).toBe(true);
    expect(cases.some((c) => c.level === 2 && ageOn(c.nominal.dateOfBirth, TODAY) < 18)).toBe(true);
    expect(cases.some((c) => c.category === 4)).toBe(true);
    expect(cases.every((c) => c.status === 'active')).toBe(true);
  });

  it('gives each case a series at the area cadence, a held meeting and a scheduled one bound to a demo chat', async () => {
    const settings = AreaSettingsSchema.parse({ cadenceWeeks: { level2: 8, level3: 4 } });
    const { cases, series, meetings } = await seeded(settings);
    for (const c of cases.filter((x) => PANEL_CASES.includes(x.id))) {
      const s = series.find((x) => x.caseId === c.id);
      expect(s?.cadenceWeeks).toBe(c.level === 3 ? 4 : 8);
      const ofCase = meetings.filter((m) => m.caseId === c.id);
      expect(ofCase.some((m) => m.status === 'held' && Date.parse(m.start) < NOW.getTime())).toBe(true);
      const next = ofCase.find((m) => m.status === 'scheduled');
      expect(next?.chatId).toBe(demoChatId(c.reference));
      expect(next?.chatId).toMatch(/^19:demo-[a-z0-9-]+@thread\.v2$/);
    }
  });

  it('keeps its cadence from the area settings by default: 10 weeks at Level 2, 6 at Level 3', async () => {
    const { cases, series } = await seeded();
    for (const s of series) expect(s.cadenceWeeks).toBe(s.level === 3 ? 6 : 10);
    for (const id of PANEL_CASES) expect(series.filter((s) => s.caseId === id)).toHaveLength(1);
    expect(series.length).toBeLessThanOrEqual(cases.length);
  });

  it('has open actions owned across several agencies, some overdue and some due within a week', async () => {
    const { actions } = await seeded();
    const open = actions.filter((a) => a.status === 'open' || a.status === 'inProgress');
    expect(new Set(open.map((a) => a.owner.agency)).size).toBeGreaterThanOrEqual(5);
    expect(open.some((a) => a.dueDate < TODAY)).toBe(true);
    expect(open.some((a) => a.dueDate >= TODAY && a.dueDate <= addDays(TODAY, 7))).toBe(true);
    for (const id of PANEL_CASES) expect(open.some((a) => a.caseId === id)).toBe(true);
  });

  it('gives the coordinator’s register something in every work queue and under every flag', async () => {
    const settings = demoAreaSettings();
    const { storage, cases, series, meetings } = await seeded(settings);
    const feeds = await loadRegisterFeeds({ storage, clock, settings, bankHolidays: lazyBankHolidays }, cases);
    const rows = buildRegister({
      cases,
      series,
      heldMeetings: meetings.filter((m) => m.status === 'held'),
      now: NOW,
      timeZone: settings.timeZone,
      cadenceWeeks: settings.cadenceWeeks,
      viewer: settings.coordinators[0]!,
      areaCoordinators: settings.coordinators,
      feeds,
    });
    const counts = queueCounts(rows, feeds);
    for (const [queue, count] of Object.entries(counts)) expect([queue, count > 0]).toEqual([queue, true]);
    // One referral is overdue, one is not; the one raising a Level 1 case marks its row.
    expect(feeds.referralsAwaitingDecision.map((r) => r.overdue).sort()).toEqual([false, true]);
    expect(rows.some((r) => r.referralAwaiting)).toBe(true);
    for (const flag of registerFlags) expect([flag, rows.some((r) => r.flags.includes(flag))]).toEqual([flag, true]);
    expect(rows.filter((r) => r.flags.includes('under18') && r.status === 'active').length).toBeGreaterThanOrEqual(2);
    expect(cases.some((c) => c.category === 4 && c.status === 'active')).toBe(true);
    expect(cases.some((c) => c.disposal?.kind === 'hospital')).toBe(true);
    expect(rows.some((r) => r.flags.includes('inCustody') && r.releaseDate)).toBe(true);
  });

  it('makes the demo user the Level 3 chair, owning several actions', async () => {
    const { cases, series, actions } = await seeded();
    const level3 = cases.find((c) => c.level === 3);
    expect(series.find((s) => s.caseId === level3?.id)?.chair.id).toBe(demoMe.id);
    expect(actions.filter((a) => a.owner.id === demoMe.id && a.status !== 'done').length).toBeGreaterThanOrEqual(2);
  });

  it('uses only fictional addresses on the approved secure domains', async () => {
    const settings = demoAreaSettings();
    for (const p of allDemoPeople) {
      expect(settings.approvedSecureDomains).toContain(p.email.split('@')[1]);
    }
    expect(settings.approvedSecureDomains.every((d) => d.includes('example'))).toBe(true);
  });

  it('seeds only an empty store, so a second start changes nothing', async () => {
    const { storage, actions } = await seeded();
    const first = actions[0]!;
    const edited = await storage.collection(actionKind).update({ ...first, status: 'done' }, '1');
    const again = await seedDemoData({
      storage,
      clock: { now: () => new Date('2027-01-01T00:00:00Z') },
      settings: demoAreaSettings(),
    });
    expect(again.seeded).toBe(false);
    expect(await storage.collection(actionKind).list()).toHaveLength(actions.length);
    expect((await storage.collection(actionKind).get(first.id))?.version).toBe(edited.version);
  });

  it('reset puts the demo back as it started', async () => {
    const storage = new IndexedDbStore({ factory: new IDBFactory() });
    const services = { storage, clock, settings: demoAreaSettings() };
    await seedDemoData(services);
    const before = (await storage.collection(actionKind).list()).map((s) => s.doc);
    const casesBefore = (await storage.collection(caseKind).list()).length;
    const first = before[0]!;
    await storage.collection(actionKind).update({ ...first, status: 'done' }, '1');

    await resetDemoData(services);

    const after = (await storage.collection(actionKind).list()).map((s) => s.doc);
    expect(after).toHaveLength(before.length);
    expect(after.find((a) => a.id === first.id)?.status).toBe(first.status);
    expect(await storage.collection(caseKind).list()).toHaveLength(casesBefore);
    await storage.close();
  });

  it('seeds the embedded store in one go, the same documents as any other store, and only once', async () => {
    const storage = new IndexedDbStore({ factory: new IDBFactory() });
    const services = { storage, clock, settings: demoAreaSettings() };
    // Two tabs starting together: exactly one of them writes the demo.
    const results = await Promise.all([seedDemoData(services), seedDemoData(services)]);
    expect(results.filter((r) => r.seeded)).toHaveLength(1);

    const { cases, series, meetings, actions } = await seeded();
    const ids = async <T extends { id: string }>(kind: Parameters<typeof storage.collection<T>>[0]) =>
      (await storage.collection(kind).list()).map((s) => s.doc.id).sort();
    expect(await ids(caseKind)).toEqual(cases.map((c) => c.id).sort());
    expect(await ids(seriesKind)).toEqual(series.map((c) => c.id).sort());
    expect(await ids(meetingKind)).toEqual(meetings.map((c) => c.id).sort());
    expect(await ids(actionKind)).toEqual(actions.map((c) => c.id).sort());
    expect((await storage.collection(meetingKind).list({ caseId: cases[0]!.id })).length).toBeGreaterThan(0);

    const first = actions[0]!;
    await storage.collection(actionKind).update({ ...first, status: 'done' }, '1');
    expect((await seedDemoData(services)).seeded).toBe(false);
    expect((await storage.collection(actionKind).get(first.id))?.doc.status).toBe('done');
    await storage.close();
  });
});
