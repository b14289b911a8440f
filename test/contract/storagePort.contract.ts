import { z } from 'zod';

import { actionKind, type Action } from '../../src/core/actions/action.schema';
import { defineDocument } from '../../src/core/storage/defineDocument';
import { minutesKind } from '../../src/core/minutes/minutes.schema';
import { correct, finalise } from '../../src/core/minutes/signOff';
import { aCompleteDraft, chair, NOW } from '../core/minutes/fixtures';
import type { StoragePort } from '../../src/core/ports';
import { ConflictError, InvalidDocumentError } from '../../src/core/shared/errors';
import { anAction } from '../builders';

type Tagged = { id: string; owner: string; tags: string[] };

/** The same kind as a release before it had an order: its documents were stored without an order key. */
const taggedBeforeOrders = defineDocument<Tagged>({
  name: 'tagged',
  version: 1,
  schema: z.object({ id: z.string(), owner: z.string(), tags: z.array(z.string()) }),
  migrations: {},
  indexes: { owner: (d) => d.owner, tags: (d) => d.tags },
});

/** A test-only kind with a multi-valued index (a document is found under each of its tags) and an order by owner. */
export const taggedKind = defineDocument<Tagged>({ ...taggedBeforeOrders, orders: { owner: (d) => d.owner } });

/**
 * What every implementation of the storage port must do. Each adapter's test file calls this with a
 * factory for a fresh, empty store.
 */
export function describeStoragePortContract(name: string, makeStore: () => Promise<StoragePort> | StoragePort): void {
  describe(`storage port contract: ${name}`, () => {
    let store: StoragePort;
    beforeEach(async () => {
      store = await makeStore();
    });

    it('creates a document and reads it back with a version tag', async () => {
      const action = anAction({ id: 'act_1' });
      const created = await store.collection(actionKind).create(action);
      expect(created.doc).toEqual(action);
      expect(typeof created.version).toBe('string');
      const read = await store.collection(actionKind).get('act_1');
      expect(read).toEqual(created);
    });

    it('gives the id of every document of a kind, and only of that kind', async () => {
      await expect(store.collection(actionKind).ids()).resolves.toEqual([]);
      await store.collection(actionKind).create(anAction({ id: 'act_a', caseId: 'case_1' }));
      await store.collection(actionKind).create(anAction({ id: 'act_b', caseId: 'case_2' }));
      await store.collection(taggedKind).create({ id: 'tag_1', owner: 'o', tags: [] });
      expect((await store.collection(actionKind).ids()).sort()).toEqual(['act_a', 'act_b']);
      expect(await store.collection(taggedKind).ids()).toEqual(['tag_1']);
    });

    it('lists the documents any of several filters selects, each once', async () => {
      const tagged = store.collection(taggedKind);
      await tagged.create({ id: 't_both', owner: 'ann', tags: ['x'] });
      await tagged.create({ id: 't_owner', owner: 'ann', tags: ['y'] });
      await tagged.create({ id: 't_tag', owner: 'bob', tags: ['x', 'z'] });
      await tagged.create({ id: 't_none', owner: 'bob', tags: ['y'] });

      const found = await tagged.list([{ owner: 'ann' }, { tags: 'x' }]);

      expect(found.map((s) => s.doc.id).sort()).toEqual(['t_both', 't_owner', 't_tag']);
      expect((await tagged.list([{ owner: 'bob', tags: 'z' }, { owner: 'nobody' }])).map((s) => s.doc.id)).toEqual([
        't_tag',
      ]);
      // A row the first filter reads but does not select is still found by another that selects it.
      expect((await tagged.list([{ owner: 'bob', tags: 'z' }, { tags: 'y' }])).map((s) => s.doc.id).sort()).toEqual([
        't_none',
        't_owner',
        't_tag',
      ]);
      await expect(tagged.list([])).resolves.toEqual([]);
      await expect(tagged.list([{ unknownField: 'x' }])).resolves.toEqual([]);
    });

    it('reads a page in a kind order, either way, with ties by id and the total the filter selects', async () => {
      const c = store.collection(taggedKind);
      for (const [id, owner, tags] of [
        ['t_c', 'cara', ['x']],
        ['t_a2', 'ann', ['y']],
        ['t_b', 'bob', ['x']],
        ['t_a1', 'ann', ['x']],
        ['t_d', 'dan', ['y']],
      ] as const) {
        await c.create({ id, owner, tags: [...tags] });
      }
      const ids = (page: { items: { doc: Tagged }[] }) => page.items.map((s) => s.doc.id);

      const first = await c.page({ orderBy: 'owner', limit: 3 });
      expect(ids(first)).toEqual(['t_a1', 't_a2', 't_b']);
      expect(first.total).toBe(5);
      expect(ids(await c.page({ orderBy: 'owner', offset: 3, limit: 3 }))).toEqual(['t_c', 't_d']);
      expect(ids(await c.page({ orderBy: 'owner', direction: 'descending', limit: 3 }))).toEqual(['t_d', 't_c', 't_b']);
      expect(ids(await c.page({ orderBy: 'owner', direction: 'descending', offset: 3, limit: 9 }))).toEqual([
        't_a2',
        't_a1',
      ]);
      const filtered = await c.page({ orderBy: 'owner', filter: { tags: 'x' }, offset: 1, limit: 2 });
      expect(ids(filtered)).toEqual(['t_b', 't_c']);
      expect(filtered.total).toBe(3);
      expect(await c.page({ orderBy: 'owner', offset: 9, limit: 2 })).toEqual({ items: [], total: 5 });
    });

    it('keeps a page in order when a document changes its key', async () => {
      const c = store.collection(actionKind);
      const early = await c.create(anAction({ id: 'act_early', dueDate: '2026-01-10', status: 'open' }));
      await c.create(anAction({ id: 'act_late', dueDate: '2026-03-10', status: 'open' }));
      await c.update({ ...early.doc, status: 'done' }, early.version);
      const page = await c.page({ orderBy: 'list', limit: 5 });
      expect(page.items.map((s) => s.doc.id)).toEqual(['act_late', 'act_early']);
      expect(page.items[1]?.doc.status).toBe('done');
    });

    it('places a document written before its kind had the order by its content, never leaving it out', async () => {
      await store.collection(taggedBeforeOrders).create({ id: 't_old', owner: 'bob', tags: ['x'] });
      const c = store.collection(taggedKind);
      await c.create({ id: 't_new1', owner: 'ann', tags: ['x'] });
      await c.create({ id: 't_new2', owner: 'cara', tags: ['y'] });
      const page = await c.page({ orderBy: 'owner', limit: 5 });
      expect(page.items.map((s) => s.doc.id)).toEqual(['t_new1', 't_old', 't_new2']);
      expect(page.total).toBe(3);
      expect((await c.page({ orderBy: 'owner', filter: { tags: 'x' }, limit: 5 })).items.map((s) => s.doc.id)).toEqual([
        't_new1',
        't_old',
      ]);
    });

    it('answers undefined for an unknown id', async () => {
      await expect(store.collection(actionKind).get('nope')).resolves.toBeUndefined();
    });

    it('treats a repeated identical create as the same document, never a duplicate', async () => {
      const action = anAction({ id: 'act_retry' });
      const first = await store.collection(actionKind).create(action);
      const again = await store.collection(actionKind).create(action);
      expect(again).toEqual(first);
      expect(await store.collection(actionKind).list({ caseId: action.caseId })).toHaveLength(1);
    });

    it('refuses a different document under an id that is taken', async () => {
      await store.collection(actionKind).create(anAction({ id: 'act_2', text: 'First' }));
      await expect(
        store.collection(actionKind).create(anAction({ id: 'act_2', text: 'Second' })),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        reason: 'exists',
      });
    });

    it('updates with the current version and issues a new one', async () => {
      const created = await store.collection(actionKind).create(anAction({ id: 'act_3' }));
      const updated = await store
        .collection(actionKind)
        .update({ ...created.doc, status: 'inProgress' }, created.version);
      expect(updated.version).not.toBe(created.version);
      expect((await store.collection(actionKind).get('act_3'))?.doc.status).toBe('inProgress');
    });

    it('rejects a stale write and hands back the current document', async () => {
      const created = await store.collection(actionKind).create(anAction({ id: 'act_4' }));
      await store.collection(actionKind).update({ ...created.doc, status: 'done' }, created.version);
      const stale = store.collection(actionKind).update({ ...created.doc, text: 'Changed elsewhere' }, created.version);
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      await stale.catch((e: ConflictError<Action>) => {
        expect(e.reason).toBe('stale');
        expect(e.current?.doc.status).toBe('done');
      });
      expect((await store.collection(actionKind).get('act_4'))?.doc.text).not.toBe('Changed elsewhere');
    });

    it('lets exactly one of two concurrent writers from the same version win', async () => {
      const created = await store.collection(actionKind).create(anAction({ id: 'act_5' }));
      const results = await Promise.allSettled([
        store.collection(actionKind).update({ ...created.doc, status: 'done' }, created.version),
        store.collection(actionKind).update({ ...created.doc, status: 'notDoneAgency' }, created.version),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected?.reason).toBeInstanceOf(ConflictError);
    });

    it('refuses to update a document that does not exist', async () => {
      await expect(store.collection(actionKind).update(anAction({ id: 'ghost' }), '1')).rejects.toMatchObject({
        reason: 'missing',
      });
    });

    it('filters on declared indexes, combining fields', async () => {
      const c = store.collection(actionKind);
      await c.create(
        anAction({
          id: 'a',
          caseId: 'case_1',
          owner: { id: 'u1', name: 'Ann Example', email: 'ann@police.example.gov.uk', agency: 'police' },
        }),
      );
      await c.create(
        anAction({
          id: 'b',
          caseId: 'case_1',
          owner: { id: 'u2', name: 'Bo Example', email: 'bo@nhs.example.net', agency: 'health' },
        }),
      );
      await c.create(
        anAction({
          id: 'c',
          caseId: 'case_2',
          owner: { id: 'u1', name: 'Ann Example', email: 'ann@police.example.gov.uk', agency: 'police' },
        }),
      );
      expect((await c.list({ caseId: 'case_1' })).map((s) => s.doc.id).sort()).toEqual(['a', 'b']);
      expect((await c.list({ ownerId: 'u1', caseId: 'case_2' })).map((s) => s.doc.id)).toEqual(['c']);
      expect(await c.list()).toHaveLength(3);
    });

    it('finds a document under every value of a multi-valued index, not only the first', async () => {
      const c = store.collection(taggedKind);
      await c.create({ id: 't1', owner: 'ann', tags: ['police', 'health', 'probation'] });
      await c.create({ id: 't2', owner: 'bo', tags: ['health'] });
      await c.create({ id: 't3', owner: 'ann', tags: ['|odd', 'prison'] });
      await c.create({ id: 't4', owner: 'ann', tags: [] });
      const ids = async (f: Record<string, string>) => (await c.list(f)).map((s) => s.doc.id).sort();
      expect(await ids({ tags: 'police' })).toEqual(['t1']);
      expect(await ids({ tags: 'health' })).toEqual(['t1', 't2']);
      expect(await ids({ tags: 'probation' })).toEqual(['t1']);
      expect(await ids({ tags: 'prison', owner: 'ann' })).toEqual(['t3']);
      expect(await ids({ tags: '|odd' })).toEqual(['t3']);
      expect(await ids({ tags: 'health', owner: 'bo' })).toEqual(['t2']);
      expect(await ids({ tags: 'heal' })).toEqual([]);
      const t1 = await c.get('t1');
      await c.update({ ...t1!.doc, tags: ['prison'] }, t1!.version);
      expect(await ids({ tags: 'health' })).toEqual(['t2']);
      expect(await ids({ tags: 'prison' })).toEqual(['t1', 't3']);
    });

    it('keeps an index current when the indexed field changes', async () => {
      const c = store.collection(actionKind);
      const created = await c.create(anAction({ id: 'd', status: 'open' }));
      await c.update({ ...created.doc, status: 'done' }, created.version);
      expect(await c.list({ status: 'open' })).toHaveLength(0);
      expect((await c.list({ status: 'done' })).map((s) => s.doc.id)).toEqual(['d']);
    });

    it('refuses to write a document that breaks its schema, keeping nothing half-written', async () => {
      const bad = { ...anAction({ id: 'e' }), dueDate: '31/12/2026' };
      await expect(store.collection(actionKind).create(bad)).rejects.toBeInstanceOf(InvalidDocumentError);
      await expect(store.collection(actionKind).get('e')).resolves.toBeUndefined();
    });

    it('signed minutes refuse every change but a signed correction, whoever writes', async () => {
      const col = store.collection(minutesKind);
      const draft = aCompleteDraft();
      const created = await col.create(draft);
      const f = finalise(draft, chair, NOW);
      if (!f.ok) throw new Error('expected ok');
      const final = await col.update(f.value, created.version);
      const tampered = { ...f.value, purpose: { ...f.value.purpose, reason: 'Edited after signing' } };
      await expect(col.update(tampered, final.version)).rejects.toMatchObject({
        name: 'ConflictError',
        reason: 'signed',
        current: { doc: { status: 'final', purpose: { reason: f.value.purpose.reason } } },
      });
      await expect(col.update({ ...f.value, status: 'draft' }, final.version)).rejects.toMatchObject({
        reason: 'signed',
      });
      expect((await col.get(draft.id))?.doc.purpose.reason).toBe(f.value.purpose.reason);
      const c = correct(f.value, { ...tampered, signOff: {} }, 'Wrong reason recorded', chair, NOW);
      if (!c.ok) throw new Error('expected ok');
      const corrected = await col.update(c.value, final.version);
      expect(corrected.doc.versions.map((v) => v.number)).toEqual([1, 2]);
      expect(corrected.doc.purpose.reason).toBe('Edited after signing');
    });
  });
}
