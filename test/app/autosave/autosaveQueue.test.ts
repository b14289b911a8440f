import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { MemoryDraftStore } from '../../../src/adapters/memory/memoryDraftStore';
import { AutosaveQueue, type Scheduler } from '../../../src/app/autosave/autosaveQueue';
import { mergeMinutes } from '../../../src/core/minutes/merge';
import { minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import type { Collection } from '../../../src/core/ports';
import { finalise } from '../../../src/core/minutes/signOff';
import { english } from '../../../src/i18n/translator';
import { aCompleteDraft, chair, NOW } from '../../core/minutes/fixtures';

/** Timers that only run when the test says so. */
const manualScheduler = (): Scheduler & { pending: number } => {
  const fns = new Map<number, () => void>();
  let n = 0;
  return {
    set: (fn) => (fns.set(++n, fn), n),
    clear: (h) => fns.delete(h as number),
    get pending() {
      return fns.size;
    },
  };
};

/** A collection whose writes can be made to fail, as a dropped connection would. */
function flaky(inner: Collection<Minutes>) {
  const state = { down: false };
  const col: Collection<Minutes> = {
    get: (id) => inner.get(id),
    list: (f) => inner.list(f),
    ids: () => inner.ids(),
    page: (request) => inner.page(request),
    create: (d) => (state.down ? Promise.reject(new Error('network')) : inner.create(d)),
    update: (d, v) => (state.down ? Promise.reject(new Error('network')) : inner.update(d, v)),
  };
  return { col, state };
}

const setup = async () => {
  const store = new MemoryStore();
  const col = store.collection(minutesKind);
  const doc = aCompleteDraft();
  await col.create(doc);
  const drafts = new MemoryDraftStore();
  const outbox = (collection: Collection<Minutes> = col, d = drafts) =>
    new AutosaveQueue({
      kind: minutesKind,
      collection,
      drafts: d,
      id: doc.id,
      merge: mergeMinutes,
      scheduler: manualScheduler(),
    });
  return { store, col, doc, drafts, outbox };
};

describe('minutes autosave queue', () => {
  it('saves an edit and clears the draft', async () => {
    const { col, drafts, outbox } = await setup();
    const o = outbox();
    await o.open();
    o.edit((m) => ({ ...m, media: { ...m.media, plan: 'No media interest' } }));
    expect(o.getSnapshot().status).toBe('unsaved');
    await o.flush();
    expect(o.getSnapshot().status).toBe('saved');
    expect((await col.get('mtg_2'))?.doc.media.plan).toBe('No media interest');
    expect(drafts.size).toBe(0);
  });

  it('a failed save keeps the work, says so, and sends it later', async () => {
    const { col, drafts, outbox } = await setup();
    const f = flaky(col);
    const o = outbox(f.col);
    await o.open();
    f.state.down = true;
    o.edit((m) => ({ ...m, purpose: { ...m.purpose, reason: 'Urgent: new partner' } }));
    await o.flush();
    expect(o.getSnapshot().status).toBe('failed');
    expect(english()(o.getSnapshot().message!)).toContain('kept on this device');
    expect(o.getSnapshot().doc?.purpose.reason).toBe('Urgent: new partner');
    await o.settled();
    expect(drafts.size).toBe(1);
    f.state.down = false;
    await o.flush();
    expect(o.getSnapshot().status).toBe('saved');
    expect((await col.get('mtg_2'))?.doc.purpose.reason).toBe('Urgent: new partner');
  });

  it('a reload keeps the draft and shows it as not yet saved', async () => {
    const { col, drafts, outbox } = await setup();
    const f = flaky(col);
    const first = outbox(f.col);
    await first.open();
    f.state.down = true;
    first.edit((m) => ({ ...m, equality: { text: 'Interpreter needed for Polish' } }));
    await first.flush();
    await first.settled();
    // The page reloads: a new outbox over the same device drafts, with the store still unreachable.
    const second = outbox(f.col, drafts);
    await second.open();
    expect(second.getSnapshot()).toMatchObject({ status: 'unsaved', restored: true });
    expect(second.getSnapshot().doc?.equality.text).toBe('Interpreter needed for Polish');
    f.state.down = false;
    await second.flush();
    expect(second.getSnapshot().status).toBe('saved');
    expect((await col.get('mtg_2'))?.doc.equality.text).toBe('Interpreter needed for Polish');
  });

  it('two people editing different sections both keep their work', async () => {
    const { col, outbox } = await setup();
    const alice = outbox(col, new MemoryDraftStore());
    const bob = outbox(col, new MemoryDraftStore());
    await Promise.all([alice.open(), bob.open()]);
    alice.edit((m) => ({ ...m, victimIssues: { ...m.victimIssues, text: 'VLO in contact with the victim' } }));
    bob.edit((m) => ({ ...m, media: { ...m.media, plan: 'Press office briefed' } }));
    await alice.flush();
    await bob.flush();
    expect(bob.getSnapshot().status).toBe('saved');
    const saved = (await col.get('mtg_2'))!.doc;
    expect(saved.victimIssues.text).toBe('VLO in contact with the victim');
    expect(saved.media.plan).toBe('Press office briefed');
  });

  it('the same field edited by both is a conflict, not an overwrite, until resolved', async () => {
    const { col, outbox } = await setup();
    const alice = outbox(col, new MemoryDraftStore());
    const bob = outbox(col, new MemoryDraftStore());
    await Promise.all([alice.open(), bob.open()]);
    alice.edit((m) => ({ ...m, purpose: { ...m.purpose, reason: 'Alice’s wording' } }));
    bob.edit((m) => ({ ...m, purpose: { ...m.purpose, reason: 'Bob’s wording' } }));
    await alice.flush();
    await bob.flush();
    const s = bob.getSnapshot();
    expect(s.status).toBe('conflict');
    expect(s.conflicts).toEqual([
      expect.objectContaining({ path: 'purpose.reason', mine: 'Bob’s wording', theirs: 'Alice’s wording' }),
    ]);
    expect((await col.get('mtg_2'))!.doc.purpose.reason).toBe('Alice’s wording');
    bob.resolve(s.conflicts[0]!, 'mine');
    await bob.flush();
    expect(bob.getSnapshot().status).toBe('saved');
    expect((await col.get('mtg_2'))!.doc.purpose.reason).toBe('Bob’s wording');
  });

  it('creates a new document from the prepared draft', async () => {
    const store = new MemoryStore();
    const col = store.collection(minutesKind);
    const o = new AutosaveQueue({
      kind: minutesKind,
      collection: col,
      drafts: new MemoryDraftStore(),
      id: 'mtg_2',
      merge: mergeMinutes,
      scheduler: manualScheduler(),
    });
    await o.open(() => aCompleteDraft());
    await o.flush();
    expect(o.getSnapshot().status).toBe('saved');
    expect((await col.get('mtg_2'))?.doc.id).toBe('mtg_2');
  });

  it('a conflict survives a reload and another tab until a person resolves it; nothing is kept "mine" by default', async () => {
    const { col, drafts, outbox } = await setup();
    const alice = outbox(col, new MemoryDraftStore());
    const bob = outbox();
    await alice.open();
    await bob.open();
    alice.edit((m) => ({ ...m, purpose: { ...m.purpose, reason: 'Alice’s wording' } }));
    bob.edit((m) => ({ ...m, purpose: { ...m.purpose, reason: 'Bob’s wording' } }));
    await alice.flush();
    await bob.flush();
    expect(bob.getSnapshot().status).toBe('conflict');
    // Until Bob chooses, his screen holds the saved wording, not his own.
    expect(bob.getSnapshot().doc?.purpose.reason).toBe('Alice’s wording');
    await bob.settled();

    // Bob reloads, and opens a second tab: both ask him again; neither sends his wording.
    for (const again of [outbox(), outbox()]) {
      await again.open();
      await again.flush();
      expect(again.getSnapshot().status).toBe('conflict');
      expect(again.getSnapshot().conflicts).toEqual([
        expect.objectContaining({ path: 'purpose.reason', mine: 'Bob’s wording', theirs: 'Alice’s wording' }),
      ]);
    }
    expect((await col.get('mtg_2'))!.doc.purpose.reason).toBe('Alice’s wording');
    const reloaded = outbox();
    await reloaded.open();
    reloaded.resolve(reloaded.getSnapshot().conflicts[0]!, 'mine');
    await reloaded.flush();
    expect(reloaded.getSnapshot().status).toBe('saved');
    expect((await col.get('mtg_2'))!.doc.purpose.reason).toBe('Bob’s wording');
    expect(drafts.size).toBe(0);
  });

  it('a second writer does not meet a false conflict on the updatedAt stamp', async () => {
    const { col, outbox } = await setup();
    let t = 0;
    const stamped = (d = new MemoryDraftStore()) =>
      new AutosaveQueue({
        kind: minutesKind,
        collection: col,
        drafts: d,
        id: 'mtg_2',
        merge: mergeMinutes,
        scheduler: manualScheduler(),
        beforeSend: (m) => ({ ...m, updatedAt: new Date(Date.UTC(2026, 10, 20, 10, 0, ++t)).toISOString() }),
      });
    void outbox;
    const a = stamped();
    const b = stamped();
    await a.open();
    await b.open();
    // Bob's screen keeps the document as typed, so after his first save it differs from his base in the stamp.
    b.edit((m) => ({ ...m, purpose: { ...m.purpose, changesSinceLast: 'Moved' } }));
    await b.flush();
    a.edit((m) => ({ ...m, media: { ...m.media, plan: 'None' } }));
    await a.flush();
    a.edit((m) => ({ ...m, media: { ...m.media, plan: 'None expected' } }));
    await a.flush();
    b.edit((m) => ({ ...m, purpose: { ...m.purpose, reason: 'Bob' } }));
    await b.flush();
    expect(b.getSnapshot()).toMatchObject({ status: 'saved', conflicts: [] });
    const stored = (await col.get('mtg_2'))!.doc;
    expect([stored.media.plan, stored.purpose.reason]).toEqual(['None expected', 'Bob']);
  });

  it('a tab left open when the minutes are signed is told so, and its edit is kept to offer as a correction', async () => {
    const { col, drafts, outbox } = await setup();
    const stale = outbox();
    await stale.open();
    const chairTab = outbox(col, new MemoryDraftStore());
    await chairTab.open();
    const f = finalise(chairTab.getSnapshot().doc!, chair, NOW);
    if (!f.ok) throw new Error('expected ok');
    chairTab.edit(() => f.value);
    await chairTab.flush();
    const signedVersion = (await col.get('mtg_2'))!;

    stale.edit((m) => ({ ...m, media: { ...m.media, plan: 'Added after signing' } }));
    await stale.flush();
    const s = stale.getSnapshot();
    expect(s.status).toBe('signed');
    expect(s.doc?.status).toBe('final');
    expect(s.refused?.doc.media.plan).toBe('Added after signing');
    expect(await col.get('mtg_2')).toEqual(signedVersion);
    // Edits to the signed document itself are refused in the queue too.
    const refused = stale.edit((m) => ({ ...m, media: { ...m.media, plan: 'Again' } }));
    expect(typeof refused === 'object' && english()(refused)).toMatch(/signed correction/);

    // A reload meets the same refusal: the edit is neither lost nor written into the signed minutes.
    await stale.settled();
    const reloaded = outbox();
    await reloaded.open();
    await reloaded.flush();
    expect(reloaded.getSnapshot().status).toBe('signed');
    expect(reloaded.refusedAsCorrection()?.media.plan).toBe('Added after signing');
    expect(reloaded.refusedAsCorrection()?.versions).toEqual(signedVersion.doc.versions);
    await reloaded.dropRefused();
    expect(reloaded.getSnapshot()).toMatchObject({ status: 'saved', refused: undefined });
    expect(drafts.size).toBe(0);
    expect(await col.get('mtg_2')).toEqual(signedVersion);
  });

  it('a save that fails validation names the field, keeps the draft and waits for a fix rather than retrying', async () => {
    const { col, drafts, outbox } = await setup();
    const scheduler = manualScheduler();
    const o = new AutosaveQueue({
      kind: minutesKind,
      collection: col,
      drafts,
      id: 'mtg_2',
      merge: mergeMinutes,
      scheduler,
    });
    await o.open();
    o.edit((m) => ({ ...m, purpose: { ...m.purpose, reason: 'x'.repeat(100_000) } }));
    await o.flush();
    expect(o.getSnapshot().status).toBe('failed');
    expect(english()(o.getSnapshot().message!)).toContain('purpose.reason');
    expect(scheduler.pending).toBe(0);
    await o.settled();
    expect(drafts.size).toBe(1);
    o.edit((m) => ({ ...m, purpose: { ...m.purpose, reason: 'Short again' } }));
    await o.flush();
    expect(o.getSnapshot().status).toBe('saved');
    expect((await col.get('mtg_2'))!.doc.purpose.reason).toBe('Short again');
    void outbox;
  });

  it('keeps a burst of typing as one draft write, made when the draft timer runs', async () => {
    const { doc, drafts } = await setup();
    const timers = new Map<number, () => void>();
    let n = 0;
    const scheduler: Scheduler = { set: (fn) => (timers.set(++n, fn), n), clear: (h) => timers.delete(h as number) };
    const puts: string[] = [];
    const counting = Object.assign(Object.create(drafts) as MemoryDraftStore, {
      put: async (record: Parameters<MemoryDraftStore['put']>[0]) => {
        puts.push((record.doc as Minutes).purpose.reason);
        await drafts.put(record);
      },
    });
    const store = new MemoryStore();
    const col = store.collection(minutesKind);
    await col.create(doc);
    const o = new AutosaveQueue({
      kind: minutesKind,
      collection: col,
      drafts: counting,
      id: doc.id,
      merge: mergeMinutes,
      scheduler,
    });
    await o.open();
    for (const reason of ['U', 'Ur', 'Urg']) o.edit((m) => ({ ...m, purpose: { ...m.purpose, reason } }));
    await Promise.resolve();
    expect(puts).toEqual([]);
    // The draft's timer and the save's timer are waiting; the draft's runs first (it is the shorter).
    const [draftTimer] = [...timers.entries()].sort(([a], [b]) => a - b);
    timers.delete(draftTimer![0]);
    draftTimer![1]();
    await o.settled();
    expect(puts).toEqual(['Urg']);
    expect((await drafts.get(`minutes:${doc.id}`))?.doc).toMatchObject({ purpose: { reason: 'Urg' } });
  });

  it('writes a waiting draft at once when asked whether the work is on the device', async () => {
    const { drafts, outbox } = await setup();
    const o = outbox();
    await o.open();
    o.edit((m) => ({ ...m, equality: { text: 'Hearing loop needed' } }));
    expect(drafts.size).toBe(0);
    await o.settled();
    expect(drafts.size).toBe(1);
  });
});
