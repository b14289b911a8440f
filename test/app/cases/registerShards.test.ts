import { loadRegisterEntries, withRegisterIndex } from '../../../src/app/cases/registerIndex';
import { refreshEntryInShard } from '../../../src/app/cases/registerShards';
import { loadCaseRegister } from '../../../src/app/cases/useCaseRegisterRows';
import { caseKind } from '../../../src/core/cases/case.schema';
import { screeningKind } from '../../../src/core/cases/lifecycle/screening';
import { buildRegister } from '../../../src/core/cases/register';
import {
  registerShardId,
  registerShardKind,
  shardOf,
  unpackShard,
  type RegisterShard,
} from '../../../src/core/cases/registerColumns';
import { registerEntryKind, type RegisterEntry } from '../../../src/core/cases/registerEntry';
import { InvalidDocumentError } from '../../../src/core/shared/errors';
import { meetingKind, seriesKind } from '../../../src/core/panels/series.schema';
import type { Collection, StoragePort } from '../../../src/core/ports';
import type { DocumentKind, Identified } from '../../../src/core/storage/defineDocument';
import { aCase } from '../../builders';
import { TestApp } from '../../support/testApp';
import { chair, coordinator, first, held, second, series } from './registerFixtures';

/** A coordinator's app whose storage keeps the register's index packed in shards, as local mode wires it. */
function packedApp() {
  const app = TestApp.create()
    .as(coordinator)
    .withSettings({ coordinators: [coordinator] });
  const raw = app.services.storage;
  app.with({ storage: packed(raw, app) });
  return { app, raw };
}

const packed = (storage: StoragePort, app: TestApp) =>
  withRegisterIndex(storage, {
    clock: app.services.clock,
    timeZone: () => app.services.settings.timeZone,
    layout: 'packed',
  });

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

/** Every shard's newest generation as stored, by shard. */
async function shardsOf(app: TestApp): Promise<RegisterShard[]> {
  const shards = app.store.collection(registerShardKind);
  const newest = new Map<number, RegisterShard>();
  for (const id of await shards.ids()) {
    const doc = (await shards.get(id))!.doc;
    if ((newest.get(doc.shard)?.generation ?? -1) < doc.generation) newest.set(doc.shard, doc);
  }
  return [...newest.values()];
}

const entryOf = async (app: TestApp, caseId: string): Promise<RegisterEntry | undefined> =>
  (await shardsOf(app)).flatMap(unpackShard).find((e) => e.caseId === caseId);

const pendingOn = async (app: TestApp, caseId: string) =>
  (await shardsOf(app)).flatMap((s) => s.pendingWrites).filter((p) => p.caseId === caseId);

/** Case ids that hash to the same shard, so their writers contend for one document. */
function idsInOneShard(count: number): string[] {
  const byShard = new Map<number, string[]>();
  for (let i = 0; ; i++) {
    const id = `case_same_${i}`;
    const list = [...(byShard.get(shardOf(id)) ?? []), id];
    if (list.length === count) return list;
    byShard.set(shardOf(id), list);
  }
}

describe('the case register index packed in shards', () => {
  it('keeps every case’s entry in its shard with every write, and the register from the shards is the one the documents give', async () => {
    const { app } = packedApp();
    await writeArea(app.services.storage);

    expect(await entryOf(app, first.id)).toMatchObject({
      level: 3,
      seriesState: 'active',
      chair: chair.name,
      lastPanel: '2026-10-01',
    });
    expect(await entryOf(app, second.id)).toMatchObject({ screenedOn: '2026-09-01' });
    expect((await shardsOf(app)).flatMap((s) => s.pendingWrites)).toEqual([]);
    // Nothing is kept one document per case.
    expect(await app.store.collection(registerEntryKind).ids()).toEqual([]);
    const { rows, expected } = await rowsFromDocuments(app);
    expect(rows).toEqual(expected);
  });

  it('follows a change to a case: the register shows the new level at once', async () => {
    const { app } = packedApp();
    await writeArea(app.services.storage);
    const cases = app.services.storage.collection(caseKind);
    const stored = (await cases.get(second.id))!;
    await cases.update({ ...stored.doc, level: 3 }, stored.version);

    expect((await entryOf(app, second.id))?.level).toBe(3);
    const { rows } = await loadCaseRegister(app.services);
    expect(rows.find((r) => r.caseId === second.id)?.level).toBe(3);
  });

  it('builds the entries of cases written before the index existed, shows them, and packs them for the next load', async () => {
    const { app, raw } = packedApp();
    await writeArea(raw);
    expect(await app.store.collection(registerShardKind).ids()).toEqual([]);

    const loaded = await loadCaseRegister(app.services);
    await loaded.written;

    const { rows, expected } = await rowsFromDocuments(app);
    expect(rows).toEqual(expected);
    expect((await shardsOf(app)).flatMap((s) => s.caseId).sort()).toEqual([first.id, second.id]);
  });

  it('never shows an entry whose write died half-way: the mark left in the shard makes the register rebuild it', async () => {
    const { app, raw } = packedApp();
    await writeArea(app.services.storage);
    // The shard's refresh after the case's write fails, as when the tab closes or the network drops.
    const storage = packed(failingShardUpdatesAfter(raw, 1), app);
    const cases = storage.collection(caseKind);
    const stored = (await cases.get(first.id))!;
    await cases.update({ ...stored.doc, level: 2, category: 4 }, stored.version);

    expect((await entryOf(app, first.id))?.level).toBe(3);
    expect(await pendingOn(app, first.id)).toHaveLength(1);
    const loaded = await loadCaseRegister(app.services);
    expect(loaded.rows.find((r) => r.caseId === first.id)).toMatchObject({ level: 2, category: 4 });

    // Once the mark has expired, the next load's rebuild drops it and stores the entry as the documents give it.
    app.at(new Date(app.services.clock.now().getTime() + 11 * 60_000));
    await (
      await loadCaseRegister(app.services)
    ).written;
    expect(await pendingOn(app, first.id)).toEqual([]);
    expect((await entryOf(app, first.id))?.level).toBe(2);
  });

  it('reports a stored shard that no longer decodes, shows its cases rebuilt from the documents, and writes the next generation beside it', async () => {
    const { app } = packedApp();
    await writeArea(app.services.storage);
    const shard = shardOf(first.id);
    const id = registerShardId(shard, 0);
    const good = (await app.store.collection(registerShardKind).get(id))!.doc;
    const spoilt = { ...good, level: ['three'], schemaVersion: 1 };
    app.store.putRaw(registerShardKind.name, id, spoilt);

    const loaded = await loadRegisterEntries(app.services.storage, {
      clock: app.services.clock,
      timeZone: () => app.services.settings.timeZone,
    });
    await loaded.written;

    expect(loaded.unreadable).toHaveLength(1);
    expect(loaded.unreadable[0]).toBeInstanceOf(InvalidDocumentError);
    expect(loaded.unreadable[0]!.kind).toBe('registerShards');
    expect(loaded.unreadable[0]!.issues.join()).toMatch(/level/);
    expect(loaded.entries.find((e) => e.caseId === first.id)?.level).toBe(3);
    const { rows, expected } = await rowsFromDocuments(app);
    expect(rows).toEqual(expected);
    // The unreadable document is left as it was; the next generation holds the rebuilt entries.
    await expect(app.store.collection(registerShardKind).get(id)).rejects.toBeInstanceOf(InvalidDocumentError);
    const next = (await app.store.collection(registerShardKind).get(registerShardId(shard, 1)))!.doc;
    expect(next.caseId).toContain(first.id);
    const again = await loadRegisterEntries(app.services.storage, {
      clock: app.services.clock,
      timeZone: () => app.services.settings.timeZone,
    });
    expect(again.unreadable).toEqual([]);
  });

  it('keeps both entries when two writers change cases of the same shard at once', async () => {
    const { app } = packedApp();
    const ids = idsInOneShard(4);
    const cases = app.services.storage.collection(caseKind);
    await Promise.all(ids.map((id, i) => cases.create(aCase({ id, reference: `MP-2026-09${i}0` }))));
    // Then changed together, each writer meeting the others' newer versions of the shard.
    await Promise.all(
      ids.map(async (id) => {
        const stored = (await cases.get(id))!;
        return cases.update({ ...stored.doc, level: 3 }, stored.version);
      }),
    );

    const shards = await shardsOf(app);
    expect(shards).toHaveLength(1);
    expect([...shards[0]!.caseId].sort()).toEqual([...ids].sort());
    expect(unpackShard(shards[0]!).map((e) => e.level)).toEqual([3, 3, 3, 3]);
    expect(shards[0]!.pendingWrites).toEqual([]);
  });

  it('rebuilds a shard made for another time zone, whose local dates would be a day out', async () => {
    const { app } = packedApp();
    await writeArea(app.services.storage);
    app.withSettings({ timeZone: 'UTC' });

    const loaded = await loadCaseRegister(app.services);
    await loaded.written;

    expect(loaded.rows.find((r) => r.caseId === first.id)?.lastPanel).toBe('2026-09-30');
    expect((await entryOf(app, first.id))?.lastPanel).toBe('2026-09-30');
  });

  it('leaves another write’s recent mark in place when one write finishes', async () => {
    const { app, raw } = packedApp();
    await writeArea(app.services.storage);
    const shards = raw.collection(registerShardKind);
    const id = registerShardId(shardOf(first.id), 0);
    const stored = (await shards.get(id))!;
    const other = { caseId: second.id, token: 'w_other', at: app.services.clock.now().toISOString() };
    const mine = { caseId: first.id, token: 'w_mine', at: app.services.clock.now().toISOString() };
    await shards.update({ ...stored.doc, pendingWrites: [other, mine] }, stored.version);

    await refreshEntryInShard(raw, { clock: app.services.clock, timeZone: () => 'Europe/London' }, first.id, 'w_mine');

    expect((await shards.get(id))!.doc.pendingWrites).toEqual([other]);
  });
});

/** The store, except that register shard updates fail after the first `allowed`. */
function failingShardUpdatesAfter(storage: StoragePort, allowed: number): StoragePort {
  let updates = 0;
  return {
    collection<T extends Identified>(kind: DocumentKind<T>): Collection<T> {
      const inner = storage.collection(kind);
      if (kind.name !== registerShardKind.name) return inner;
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
