import { refreshRegisterEntry, withRegisterIndex } from '../../../src/app/cases/registerIndex';
import { loadCaseRegister } from '../../../src/app/cases/useCaseRegisterRows';
import { caseKind } from '../../../src/core/cases/case.schema';
import { screeningKind } from '../../../src/core/cases/lifecycle/screening';
import { buildRegister } from '../../../src/core/cases/register';
import { registerEntryKind, type RegisterEntry } from '../../../src/core/cases/registerEntry';
import { meetingKind, seriesKind } from '../../../src/core/panels/series.schema';
import type { Collection, StoragePort } from '../../../src/core/ports';
import { InvalidDocumentError } from '../../../src/core/shared/errors';
import type { DocumentKind, Identified } from '../../../src/core/storage/defineDocument';
import { TestApp } from '../../support/testApp';
import { chair, coordinator, first, held, second, series } from './registerFixtures';

/** A coordinator's app whose storage keeps the register's index, as src/main wires it. */
function indexedApp() {
  const app = TestApp.create()
    .as(coordinator)
    .withSettings({ coordinators: [coordinator] });
  const { clock } = app.services;
  const raw = app.services.storage;
  app.with({ storage: withRegisterIndex(raw, { clock, timeZone: () => app.services.settings.timeZone }) });
  return { app, raw };
}

async function writeArea(storage: StoragePort) {
  await storage.collection(caseKind).create(first);
  await storage.collection(caseKind).create(second);
  await storage.collection(seriesKind).create(series);
  await storage.collection(meetingKind).create(held);
  await storage.collection(screeningKind).create({
    id: 'scr_b',
    area: 'Northshire',
    caseId: second.id,
    subject: { name: 'Jordan Testcase', dateOfBirth: '1990-04-12' },
    answers: { category: 'none' },
    outcome: 2,
    rationale: 'Screened before release',
    screenedBy: coordinator,
    screenedAt: '2026-09-01T10:00:00.000Z',
    endorsement: { lineManager: coordinator, agreed: true, at: '2026-09-01T11:00:00.000Z' },
  });
}

/** The rows as the register's rules make them straight from the documents. */
async function rowsFromDocuments(app: TestApp) {
  const s = app.store;
  const docs = async <T extends Identified>(kind: DocumentKind<T>) =>
    (await s.collection(kind).list()).map((d) => d.doc);
  const { rows } = await loadCaseRegister(app.services);
  const expected = buildRegister({
    cases: await docs(caseKind),
    series: await docs(seriesKind),
    heldMeetings: (await docs(meetingKind)).filter((m) => m.status === 'held'),
    now: app.services.clock.now(),
    timeZone: app.services.settings.timeZone,
    cadenceWeeks: app.services.settings.cadenceWeeks,
    viewer: coordinator,
    areaCoordinators: [coordinator],
    feeds: {
      referralsAwaitingDecision: [],
      screenings: [{ caseId: second.id, screenedOn: '2026-09-01' }],
      identifications: [],
      nextReviews: [],
    },
  });
  const byId = (a: { caseId: string }, b: { caseId: string }) => (a.caseId < b.caseId ? -1 : 1);
  return { rows: [...rows].sort(byId), expected: [...expected].sort(byId) };
}

const entryOf = async (app: TestApp, caseId: string): Promise<RegisterEntry | undefined> =>
  (await app.store.collection(registerEntryKind).get(caseId))?.doc;

describe('the case register index', () => {
  it('keeps one entry per case with every write, and the register built from the entries is the one the documents give', async () => {
    const { app } = indexedApp();
    await writeArea(app.services.storage);

    expect(await app.store.collection(registerEntryKind).ids()).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(await entryOf(app, first.id)).toMatchObject({
      level: 3,
      seriesState: 'active',
      chair: chair.name,
      lastPanel: '2026-10-01',
      pendingWrites: [],
    });
    expect(await entryOf(app, second.id)).toMatchObject({ screenedOn: '2026-09-01', pendingWrites: [] });
    const { rows, expected } = await rowsFromDocuments(app);
    expect(rows).toEqual(expected);
  });

  it('follows a change to a case: the register shows the new level at once', async () => {
    const { app } = indexedApp();
    await writeArea(app.services.storage);
    const cases = app.services.storage.collection(caseKind);
    const stored = (await cases.get(second.id))!;
    await cases.update({ ...stored.doc, level: 3 }, stored.version);

    expect((await entryOf(app, second.id))?.level).toBe(3);
    const { rows } = await loadCaseRegister(app.services);
    expect(rows.find((r) => r.caseId === second.id)?.level).toBe(3);
  });

  it('builds the entries of cases written before the index existed, shows them, and writes them for the next load', async () => {
    const { app, raw } = indexedApp();
    await writeArea(raw);
    expect(await app.store.collection(registerEntryKind).ids()).toEqual([]);

    const loaded = await loadCaseRegister(app.services);
    await loaded.written;

    const { rows, expected } = await rowsFromDocuments(app);
    expect(rows).toEqual(expected);
    expect((await app.store.collection(registerEntryKind).ids()).sort()).toEqual([first.id, second.id]);
  });

  it('never shows an entry whose write died half-way: the mark left behind makes the register rebuild it', async () => {
    const { app, raw } = indexedApp();
    await writeArea(app.services.storage);
    // The entry's refresh after the case's write fails, as when the tab closes or the network drops.
    const broken = failingEntryUpdatesAfter(raw, 1);
    const storage = withRegisterIndex(broken, { clock: app.services.clock, timeZone: () => 'Europe/London' });
    const cases = storage.collection(caseKind);
    const stored = (await cases.get(first.id))!;
    await cases.update({ ...stored.doc, level: 2, category: 4 }, stored.version);

    const entry = await entryOf(app, first.id);
    expect(entry?.level).toBe(3);
    expect(entry?.pendingWrites).toHaveLength(1);
    const { rows } = await loadCaseRegister(app.services);
    expect(rows.find((r) => r.caseId === first.id)).toMatchObject({ level: 2, category: 4 });
  });

  it('rebuilds entries made for another time zone, whose local dates would be a day out', async () => {
    const { app } = indexedApp();
    await writeArea(app.services.storage);
    app.withSettings({ timeZone: 'UTC' });

    const { rows } = await loadCaseRegister(app.services);

    expect(rows.find((r) => r.caseId === first.id)?.lastPanel).toBe('2026-09-30');
  });

  it('reports an entry that no longer decodes and shows every case rebuilt from the documents, overwriting nothing', async () => {
    const { app } = indexedApp();
    await writeArea(app.services.storage);
    const good = (await app.store.collection(registerEntryKind).get(first.id))!.doc;
    app.store.putRaw(registerEntryKind.name, first.id, { ...good, level: 'three', schemaVersion: 1 });

    const loaded = await loadCaseRegister(app.services);
    await loaded.written;

    expect(loaded.unreadable.map((e) => e.kind)).toEqual([registerEntryKind.name]);
    const { rows, expected } = await rowsFromDocuments(app);
    expect(rows).toEqual(expected);
    await expect(app.store.collection(registerEntryKind).get(first.id)).rejects.toBeInstanceOf(InvalidDocumentError);
  });

  it('leaves another write’s recent mark in place when one write finishes', async () => {
    const { app, raw } = indexedApp();
    await writeArea(app.services.storage);
    const entries = raw.collection(registerEntryKind);
    const stored = (await entries.get(first.id))!;
    const other = { token: 'w_other', at: app.services.clock.now().toISOString() };
    await entries.update({ ...stored.doc, pendingWrites: [other] }, stored.version);

    await refreshRegisterEntry(raw, { clock: app.services.clock, timeZone: () => 'Europe/London' }, first.id, 'w_mine');

    expect((await entryOf(app, first.id))?.pendingWrites).toEqual([other]);
  });
});

/** The store, except that register entry updates fail after the first `allowed`. */
function failingEntryUpdatesAfter(storage: StoragePort, allowed: number): StoragePort {
  let updates = 0;
  return {
    collection<T extends Identified>(kind: DocumentKind<T>): Collection<T> {
      const inner = storage.collection(kind);
      if (kind.name !== registerEntryKind.name) return inner;
      return {
        get: (id) => inner.get(id),
        list: (f) => inner.list(f),
        ids: () => inner.ids(),
        page: (request) => inner.page(request),
        create: (doc) => inner.create(doc),
        update: async (doc, version) => {
          updates += 1;
          if (updates > allowed) throw new Error('The local store could not save.');
          return inner.update(doc, version);
        },
      };
    },
  };
}
