import { MemoryDraftStore } from '../../../src/adapters/memory/memoryDraftStore';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { AutosaveQueue, type Scheduler } from '../../../src/app/autosave/autosaveQueue';
import { saveStatusText } from '../../../src/app/autosave/autosaveState';
import { english } from '../../../src/i18n/translator';
import { mergeMinutes } from '../../../src/core/minutes/merge';
import { minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import type { Collection } from '../../../src/core/ports';
import { aCompleteDraft } from '../../core/minutes/fixtures';

/** Timers that run only when the test says, remembering how long each asked to wait. */
function recordingScheduler() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let n = 0;
  const scheduler: Scheduler = {
    set: (fn, ms) => (pending.set(++n, { fn, ms }), n),
    clear: (h) => pending.delete(h as number),
  };
  return {
    scheduler,
    waits: () => [...pending.values()].map((p) => p.ms),
    /** Runs the pending timers, as time passing would. */
    fire: () => {
      const due = [...pending.values()];
      pending.clear();
      for (const p of due) p.fn();
    },
  };
}

async function setup() {
  const store = new MemoryStore();
  const col = store.collection(minutesKind);
  const doc = aCompleteDraft();
  await col.create(doc);
  const busy = { others: true, count: 0 };
  // While `others` is on, someone else saves (another field) just before each of our sends.
  const contested: Collection<Minutes> = {
    get: (id) => col.get(id),
    list: (f) => col.list(f),
    ids: () => col.ids(),
    page: (request) => col.page(request),
    create: (d) => col.create(d),
    update: async (d, v) => {
      if (busy.others) {
        const current = (await col.get(d.id))!;
        busy.count++;
        await col.update({ ...current.doc, equality: { text: `Other writer ${busy.count}` } }, current.version);
      }
      return col.update(d, v);
    },
  };
  const timers = recordingScheduler();
  const q = new AutosaveQueue({
    kind: minutesKind,
    collection: contested,
    drafts: new MemoryDraftStore(),
    id: doc.id,
    merge: mergeMinutes,
    scheduler: timers.scheduler,
  });
  await q.open();
  return { q, col, busy, timers, id: doc.id };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

/** Lets the send a timer started run to its end: done when it has saved or set its next try. */
async function sendRuns(q: AutosaveQueue<Minutes>, timers: { waits: () => number[] }) {
  for (let i = 0; i < 100 && !timers.waits().length && q.getSnapshot().status !== 'saved'; i++) await settle();
}

describe('autosave keeps trying', () => {
  it('after five rebases in a row it says so and tries again later, backing off, until the store takes it', async () => {
    const { q, col, busy, timers, id } = await setup();
    q.edit((m) => ({ ...m, media: { ...m.media, plan: 'Kept through the crowd' } }));
    await q.flush();
    expect(q.getSnapshot().status).toBe('failed');
    expect(english()(q.getSnapshot().message!)).toMatch(
      /Others are saving at the same time.*will be sent again in 15 seconds/,
    );
    expect(timers.waits()).toEqual([15_000]);

    timers.fire();
    await sendRuns(q, timers);
    expect(english()(q.getSnapshot().message!)).toMatch(/will be sent again in 30 seconds/);
    expect(timers.waits()).toEqual([30_000]);

    busy.others = false;
    timers.fire();
    await sendRuns(q, timers);
    expect(q.getSnapshot().status).toBe('saved');
    const saved = (await col.get(id))!.doc;
    expect(saved.media.plan).toBe('Kept through the crowd');
    expect(saved.equality.text).toMatch(/Other writer/);
  });

  it('back-off stops growing at five minutes and never gives up', async () => {
    const { q, timers } = await setup();
    q.edit((m) => ({ ...m, media: { ...m.media, plan: 'Still trying' } }));
    await q.flush();
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      waits.push(...timers.waits());
      timers.fire();
      await sendRuns(q, timers);
    }
    expect(waits).toEqual([15_000, 30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000]);
    expect(q.getSnapshot().status).toBe('failed');
    expect(timers.waits()).toEqual([300_000]);
  });

  it('"All changes saved" shows only once the store has answered', async () => {
    const store = new MemoryStore();
    const col = store.collection(minutesKind);
    const doc = aCompleteDraft();
    await col.create(doc);
    let answer: () => void = () => undefined;
    const slow: Collection<Minutes> = {
      ...col,
      get: (i) => col.get(i),
      list: (f) => col.list(f),
      ids: () => col.ids(),
      page: (request) => col.page(request),
      create: (d) => col.create(d),
      update: (d, v) => new Promise((resolve, reject) => (answer = () => col.update(d, v).then(resolve, reject))),
    };
    const q = new AutosaveQueue({
      kind: minutesKind,
      collection: slow,
      drafts: new MemoryDraftStore(),
      id: doc.id,
      merge: mergeMinutes,
      scheduler: recordingScheduler().scheduler,
    });
    await q.open();
    q.edit((m) => ({ ...m, media: { ...m.media, plan: 'Waiting for the store' } }));
    const sending = q.flush();
    await settle();
    expect(q.getSnapshot().status).toBe('saving');
    expect(english()(saveStatusText[q.getSnapshot().status])).not.toBe('All changes saved');
    answer();
    await sending;
    expect(english()(saveStatusText[q.getSnapshot().status])).toBe('All changes saved');
  });
});
