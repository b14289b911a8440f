import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';

import { ensureSite, GraphStore } from '../../../src/adapters/graph/graphStore';
import { IndexedDbDraftStore } from '../../../src/adapters/local/indexedDbDraftStore';
import { IndexedDbStore } from '../../../src/adapters/local/indexedDbStore';
import { MemoryDraftStore } from '../../../src/adapters/memory/memoryDraftStore';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { AutosaveQueue, type Scheduler } from '../../../src/app/autosave/autosaveQueue';
import { mergeMinutes, valueAtPath } from '../../../src/core/minutes/merge';
import { minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import type { Collection, DraftStore, StoragePort } from '../../../src/core/ports';
import type { DocumentKind, Identified } from '../../../src/core/storage/defineDocument';
import { aCompleteDraft } from '../../core/minutes/fixtures';
import { graphOverFake, SITE_ID } from '../../fakes/graph/harness';

/**
 * Random interleavings of two and three people editing the same minutes, each on their own device:
 * edits, saves (also several at once), reloads, offline periods and conflict choices. Whatever the
 * order, no edit is lost unless a person replaced it knowingly: by typing over it, or by choosing
 * the other side of a conflict that showed it.
 */

const FIELDS = ['purpose.reason', 'purpose.changesSinceLast', 'media.plan', 'executiveSummary.text'] as const;
type Field = (typeof FIELDS)[number];

const setField = (m: Minutes, f: Field, v: string): Minutes => {
  const [a, b] = f.split('.') as [keyof Minutes, string];
  return { ...m, [a]: { ...(m[a] as object), [b]: v } };
};

// Timers never fire on their own: every send in these runs is one the run asked for.
const idle: Scheduler = { set: () => 0, clear: () => undefined };

type Command =
  | { op: 'edit'; w: number; f: Field }
  | { op: 'flush'; w: number }
  | { op: 'flushAll' }
  | { op: 'reload'; w: number }
  | { op: 'offline'; w: number; down: boolean }
  | { op: 'resolve'; w: number; keep: 'mine' | 'theirs' };

const command = (writers: number): fc.Arbitrary<Command> => {
  const w = fc.integer({ min: 0, max: writers - 1 });
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ op: fc.constant('edit' as const), w, f: fc.constantFrom(...FIELDS) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('flush' as const), w }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('flushAll' as const) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('reload' as const), w }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('offline' as const), w, down: fc.boolean() }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('resolve' as const),
        w,
        keep: fc.constantFrom('mine' as const, 'theirs' as const),
      }),
    },
  );
};

type Writer = { drafts: DraftStore; down: boolean; queue: AutosaveQueue<Minutes> };

async function run(
  makeStore: () => StoragePort | Promise<StoragePort>,
  makeDrafts: () => DraftStore,
  writers: number,
  commands: Command[],
  endChoices: ('mine' | 'theirs')[],
) {
  const store = await makeStore();
  const col = store.collection(minutesKind);
  const initial = aCompleteDraft();
  await col.create(initial);

  const writer: Writer[] = [];
  const queueFor = (w: Writer) => {
    const offlineAware: Collection<Minutes> = {
      get: (id) => col.get(id),
      list: (f) => col.list(f),
      ids: () => col.ids(),
      page: (request) => col.page(request),
      create: (d) => (w.down ? Promise.reject(new Error('offline')) : col.create(d)),
      update: (d, v) => (w.down ? Promise.reject(new Error('offline')) : col.update(d, v)),
    };
    return new AutosaveQueue({
      kind: minutesKind,
      collection: offlineAware,
      drafts: w.drafts,
      id: initial.id,
      merge: mergeMinutes,
      scheduler: idle,
    });
  };
  for (let i = 0; i < writers; i++) {
    const w: Writer = { drafts: makeDrafts(), down: false, queue: undefined as unknown as AutosaveQueue<Minutes> };
    w.queue = queueFor(w);
    await w.queue.open();
    writer.push(w);
  }

  // Values that must still be in the document at the end, by field.
  const live = new Map<string, Set<unknown>>(FIELDS.map((f) => [f, new Set([valueAtPath(initial, f)])]));
  const discard = (path: string, v: unknown) => live.get(path)?.delete(v);
  let n = 0;

  const resolveOne = (w: Writer, keep: 'mine' | 'theirs') => {
    const c = w.queue.getSnapshot().conflicts[0];
    if (!c) return;
    // The person saw both sides and chose: the other side is knowingly let go.
    discard(c.path, keep === 'mine' ? c.theirs : c.mine);
    w.queue.resolve(c, keep);
  };

  for (const c of commands) {
    const w = 'w' in c ? writer[c.w]! : undefined;
    switch (c.op) {
      case 'edit': {
        const s = w!.queue.getSnapshot();
        if (!s.doc) break;
        const value = `w${c.w}-${++n}`;
        // What the person sees in the field, and their own pending wording in a conflict there, is replaced knowingly.
        discard(c.f, valueAtPath(s.doc, c.f));
        for (const k of s.conflicts.filter((x) => x.path === c.f)) discard(c.f, k.mine);
        live.get(c.f)!.add(value);
        w!.queue.edit((m) => setField(m, c.f, value));
        break;
      }
      case 'flush':
        await w!.queue.flush();
        break;
      case 'flushAll':
        await Promise.all(writer.map((x) => x.queue.flush()));
        break;
      case 'reload':
        await w!.queue.settled();
        w!.queue = queueFor(w!);
        await w!.queue.open();
        break;
      case 'offline':
        w!.down = c.down;
        break;
      case 'resolve':
        resolveOne(w!, c.keep);
        break;
    }
  }

  // Everyone comes back online and deals with what is left, choosing as the run says.
  for (const w of writer) w.down = false;
  let choice = 0;
  for (let round = 0; round < 12; round++) {
    for (const w of writer) {
      while (w.queue.getSnapshot().conflicts.length) resolveOne(w, endChoices[choice++ % endChoices.length]!);
      await w.queue.flush();
    }
    if (writer.every((w) => w.queue.getSnapshot().status === 'saved')) break;
  }
  expect(writer.map((w) => w.queue.getSnapshot().status)).toEqual(writer.map(() => 'saved'));

  const final = (await col.get(initial.id))!.doc;
  for (const f of FIELDS) {
    for (const v of live.get(f)!) expect({ field: f, value: valueAtPath(final, f) }).toEqual({ field: f, value: v });
  }
}

/** Microsoft 365 mode: the minutes in their case's folder of the area site, over the fake Graph (which may throttle and lose answers). */
async function graphStore(faultRate: number, seed: number): Promise<StoragePort> {
  const { fake, transport } = graphOverFake({ seed });
  await ensureSite(transport, SITE_ID, [minutesKind] as unknown as DocumentKind<Identified>[]);
  fake.randomFaultRate = faultRate;
  return new GraphStore(transport, SITE_ID);
}
let seed = 0;

const stores: [string, () => StoragePort | Promise<StoragePort>, () => DraftStore, number][] = [
  ['memory', () => new MemoryStore(), () => new MemoryDraftStore(), 150],
  [
    'IndexedDB (fake-indexeddb)',
    () => new IndexedDbStore({ factory: new IDBFactory() }),
    () => new IndexedDbDraftStore(new IDBFactory()),
    40,
  ],
  ['Microsoft 365 (fake Graph)', () => graphStore(0, ++seed), () => new MemoryDraftStore(), 20],
  [
    'Microsoft 365 (fake Graph that throttles and loses answers)',
    () => graphStore(0.15, ++seed),
    () => new MemoryDraftStore(),
    10,
  ],
];

describe.each(stores)('autosave interleavings against the %s store', (_name, makeStore, makeDrafts, numRuns) => {
  it.each([2, 3])(
    'with %i writers, no edit is lost unless a person chose to replace it',
    async (writers) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(command(writers), { minLength: 1, maxLength: 40 }),
          fc.array(fc.constantFrom('mine' as const, 'theirs' as const), { minLength: 1, maxLength: 4 }),
          (commands, endChoices) => run(makeStore, makeDrafts, writers, commands, endChoices),
        ),
        { numRuns },
      );
      // Many runs, each a whole store: longer than one unit test's usual time on a busy machine.
    },
    180_000,
  );
});
