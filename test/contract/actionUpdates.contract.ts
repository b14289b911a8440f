import fc from 'fast-check';

import { updateAction, type UpdateActionResult } from '../../src/app/actions/updateAction';
import { actionKind, type Action, type ActionStatus, type ActionUpdate } from '../../src/core/actions/action.schema';
import type { ActionChange } from '../../src/core/actions/applyUpdate';
import { isTerminal } from '../../src/core/actions/dueState';
import type { DocumentKind, Identified } from '../../src/core/storage/defineDocument';
import type { Collection, StoragePort } from '../../src/core/ports';
import { anAction } from '../builders';

const statuses: ActionStatus[] = ['open', 'inProgress', 'done', 'notDoneCircumstances', 'notDoneAgency'];
const people = [
  { id: 'u_ann', name: 'Ann Example', agency: 'police' as const },
  { id: 'u_bob', name: 'Bob Example', agency: 'housing' as const },
  { id: 'u_cat', name: 'Cat Example', agency: 'health' as const },
];

/** Every store call starts and finishes when the fast-check scheduler says, so calls interleave at random. */
function scheduled(store: StoragePort, s: fc.Scheduler): StoragePort {
  return {
    collection<T extends Identified>(kind: DocumentKind<T>): Collection<T> {
      const inner = store.collection(kind);
      const wrap =
        <A extends unknown[], R>(name: string, f: (...args: A) => Promise<R>) =>
        async (...args: A): Promise<R> => {
          await s.schedule(Promise.resolve(), `start ${name}`);
          return s.schedule(f(...args), `end ${name}`);
        };
      return {
        get: wrap('get', (id) => inner.get(id)),
        list: wrap('list', (filter) => inner.list(filter)),
        ids: wrap('ids', () => inner.ids()),
        page: wrap('page', (request) => inner.page(request)),
        create: wrap('create', (doc) => inner.create(doc)),
        update: wrap('update', (doc, version) => inner.update(doc, version)),
      };
    },
  };
}

type Planned = { person: number; status?: ActionStatus; text: string };

const plannedArb = fc.record(
  {
    person: fc.integer({ min: 0, max: people.length - 1 }),
    status: fc.constantFrom(...statuses),
    text: fc.constantFrom('Visit booked', 'Spoke to the landlord', 'Referral made', 'Moved out of area'),
  },
  { requiredKeys: ['person', 'text'] },
);

/**
 * What every store must guarantee to action updates: two or more people updating one action at
 * the same time never lose an update. Each update is either in the stored history exactly once or
 * was handed back to its author as a conflict, and the stored status is the last one recorded.
 */
export function describeActionUpdateContract(
  name: string,
  makeStore: () => Promise<StoragePort> | StoragePort,
  { runs = 60 }: { runs?: number } = {},
): void {
  describe(`action updates contract: ${name}`, () => {
    it('applies both a note and a status change made at the same time', async () => {
      const store = await makeStore();
      await store.collection(actionKind).create(anAction({ id: 'act_pair' }));
      const [a, b] = await Promise.all([
        updateAction(store, 'act_pair', change('u1', 0, { text: 'Visit booked' }, 'open')),
        updateAction(store, 'act_pair', change('u2', 1, { status: 'done', text: 'Done with the landlord' }, 'open')),
      ]);
      expect([a.status, b.status]).toEqual(['applied', 'applied']);
      const stored = (await store.collection(actionKind).get('act_pair'))!.doc;
      expect(stored.status).toBe('done');
      expect(stored.updates.map((u) => u.id).sort()).toEqual(['u1', 'u2']);
    });

    it('surfaces a conflict when two people close the action differently at the same time', async () => {
      const store = await makeStore();
      await store.collection(actionKind).create(anAction({ id: 'act_close' }));
      const results = await Promise.all([
        updateAction(store, 'act_close', change('u1', 0, { status: 'done', text: 'Done' }, 'open')),
        updateAction(store, 'act_close', change('u2', 1, { status: 'notDoneAgency', text: 'Not done' }, 'open')),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['applied', 'conflict']);
      const stored = (await store.collection(actionKind).get('act_close'))!.doc;
      expect(stored.updates).toHaveLength(1);
    });

    it('records a retried update once', async () => {
      const store = await makeStore();
      await store.collection(actionKind).create(anAction({ id: 'act_retry' }));
      const c = change('u1', 0, { text: 'Visit booked' }, 'open');
      await updateAction(store, 'act_retry', c);
      expect((await updateAction(store, 'act_retry', c)).status).toBe('applied');
      expect((await store.collection(actionKind).get('act_retry'))!.doc.updates).toHaveLength(1);
    });

    it('never loses an update under random interleavings', async () => {
      let round = 0;
      await fc.assert(
        fc.asyncProperty(fc.scheduler(), fc.array(plannedArb, { minLength: 2, maxLength: 6 }), async (s, plans) => {
          const store = await makeStore();
          const id = `act_prop_${round++}`;
          await store.collection(actionKind).create(anAction({ id }));
          const racing = scheduled(store, s);
          const run = (p: Planned, i: number): Promise<UpdateActionResult> =>
            // Each person reads the action first (what their screen showed), then saves their change.
            racing
              .collection(actionKind)
              .get(id)
              .then((seen) => updateAction(racing, id, change(`upd_${i}`, p.person, p, seen!.doc.status)));
          const results = await s.waitFor(Promise.all(plans.map(run)));

          const stored = (await store.collection(actionKind).get(id))!.doc;
          const ids = stored.updates.map((u) => u.id);
          expect(new Set(ids).size).toBe(ids.length);
          results.forEach((r, i) => {
            expect(['applied', 'conflict']).toContain(r.status);
            expect(ids.includes(`upd_${i}`)).toBe(r.status === 'applied');
            if (r.status === 'conflict' && r.current) expect(isTerminal(r.current.doc.status)).toBe(true);
          });
          expect(stored.status).toBe(lastStatus(stored));
        }),
        { numRuns: runs },
      );
    });
  });
}

function change(
  id: string,
  person: number,
  p: { status?: ActionStatus; text: string },
  baseStatus: ActionStatus,
): ActionChange {
  const update: ActionUpdate = {
    id,
    at: '2026-11-20T10:00:00.000Z',
    by: people[person]!,
    text: p.text,
    ...(p.status ? { status: p.status } : {}),
  };
  return { update, baseStatus };
}

const lastStatus = (a: Action): ActionStatus => a.updates.reduce<ActionStatus>((s, u) => u.status ?? s, 'open');
