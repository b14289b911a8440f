import { MemoryDraftStore, MemoryTab } from '../../../src/adapters/memory/memoryDraftStore';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { AutosaveQueue, type Scheduler } from '../../../src/app/autosave/autosaveQueue';
import { mergeMinutes } from '../../../src/core/minutes/merge';
import { minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import type { Collection, TabPort } from '../../../src/core/ports';
import { aCompleteDraft } from '../../core/minutes/fixtures';

/**
 * Two tabs on one device each keep their own draft; a reload of a tab finds its own; a closed tab's
 * draft is offered back to the next tab that opens the minutes, never dropped unseen.
 */

const idle: Scheduler = { set: () => 0, clear: () => undefined };

async function setup() {
  const store = new MemoryStore();
  const col = store.collection(minutesKind);
  const doc = aCompleteDraft();
  await col.create(doc);
  const drafts = new MemoryDraftStore();
  const state = { down: false };
  // Writes fail while `down`: edits stay drafts on the device, as when the tab is offline.
  const flaky: Collection<Minutes> = {
    get: (id) => col.get(id),
    list: (f) => col.list(f),
    ids: () => col.ids(),
    page: (request) => col.page(request),
    create: (d) => (state.down ? Promise.reject(new Error('offline')) : col.create(d)),
    update: (d, v) => (state.down ? Promise.reject(new Error('offline')) : col.update(d, v)),
  };
  const open = async (tab: TabPort) => {
    const q = new AutosaveQueue({
      kind: minutesKind,
      collection: flaky,
      drafts,
      tab,
      id: doc.id,
      merge: mergeMinutes,
      scheduler: idle,
    });
    await q.open();
    return q;
  };
  return { col, drafts, state, open, id: doc.id };
}

const setReason = (v: string) => (m: Minutes) => ({ ...m, purpose: { ...m.purpose, reason: v } });
const setPlan = (v: string) => (m: Minutes) => ({ ...m, media: { ...m.media, plan: v } });

describe('drafts per tab', () => {
  it('two open tabs keep separate drafts; each reload restores its own', async () => {
    const { drafts, state, open } = await setup();
    state.down = true;
    const both = new Set(['tab_a', 'tab_b']);
    const a = await open(new MemoryTab('tab_a', both));
    const b = await open(new MemoryTab('tab_b', both));
    a.edit(setReason('Tab A wording'));
    b.edit(setPlan('Tab B media plan'));
    await Promise.all([a.flush(), b.flush(), a.settled(), b.settled()]);
    expect(drafts.size).toBe(2);

    const aAgain = await open(new MemoryTab('tab_a', both));
    const bAgain = await open(new MemoryTab('tab_b', both));
    expect(aAgain.getSnapshot()).toMatchObject({ restored: true, orphans: [] });
    expect(aAgain.getSnapshot().doc?.purpose.reason).toBe('Tab A wording');
    expect(aAgain.getSnapshot().doc?.media.plan).not.toBe('Tab B media plan');
    expect(bAgain.getSnapshot()).toMatchObject({ restored: true, orphans: [] });
    expect(bAgain.getSnapshot().doc?.media.plan).toBe('Tab B media plan');
    expect(bAgain.getSnapshot().doc?.purpose.reason).not.toBe('Tab A wording');
  });

  it("a closed tab's unsent draft is offered to the next tab, and brought in on request", async () => {
    const { col, drafts, state, open, id } = await setup();
    state.down = true;
    const closed = await open(new MemoryTab('tab_closed'));
    closed.edit(setReason('Wording from the closed tab'));
    await closed.flush();
    await closed.settled();
    state.down = false;

    // Another tab opens after tab_closed has gone: it sees the stored minutes and the offer.
    const next = await open(new MemoryTab('tab_next'));
    const [offer] = next.getSnapshot().orphans;
    expect(offer).toMatchObject({ key: expect.stringContaining('tab_closed') });
    expect(next.getSnapshot().doc?.purpose.reason).not.toBe('Wording from the closed tab');

    await next.adoptOrphan(offer!.key);
    expect(next.getSnapshot().orphans).toEqual([]);
    await next.flush();
    expect((await col.get(id))?.doc.purpose.reason).toBe('Wording from the closed tab');
    expect(await drafts.list(`minutes:${id}`)).toEqual([]);
  });

  it('a tab still open is left alone: its draft is not offered elsewhere', async () => {
    const { state, open } = await setup();
    state.down = true;
    const both = new Set(['tab_a', 'tab_b']);
    const a = await open(new MemoryTab('tab_a', both));
    a.edit(setReason('Still typing in tab A'));
    await a.flush();
    await a.settled();
    const b = await open(new MemoryTab('tab_b', both));
    expect(b.getSnapshot().orphans).toEqual([]);
  });

  it('bringing in a closed tab’s edit that clashes with a later save is a decision, not an overwrite', async () => {
    const { col, state, open, id } = await setup();
    state.down = true;
    const closed = await open(new MemoryTab('tab_closed'));
    closed.edit(setReason('Closed tab’s wording'));
    await closed.flush();
    await closed.settled();
    state.down = false;
    const other = await open(new MemoryTab('tab_other', new Set(['tab_closed'])));
    other.edit(setReason('Saved wording'));
    await other.flush();

    const next = await open(new MemoryTab('tab_next'));
    await next.adoptOrphan(next.getSnapshot().orphans[0]!.key);
    const s = next.getSnapshot();
    expect(s.status).toBe('conflict');
    expect(s.conflicts).toEqual([
      expect.objectContaining({ path: 'purpose.reason', mine: 'Closed tab’s wording', theirs: 'Saved wording' }),
    ]);
    expect((await col.get(id))?.doc.purpose.reason).toBe('Saved wording');
  });

  it('a discarded offer is gone only when the person discards it', async () => {
    const { drafts, state, open, id } = await setup();
    state.down = true;
    const closed = await open(new MemoryTab('tab_closed'));
    closed.edit(setPlan('Plan from the closed tab'));
    await closed.flush();
    await closed.settled();
    state.down = false;
    const first = await open(new MemoryTab('tab_one'));
    expect(first.getSnapshot().orphans).toHaveLength(1);
    // Not chosen yet: the next tab is offered it too.
    const second = await open(new MemoryTab('tab_two', new Set(['tab_one'])));
    expect(second.getSnapshot().orphans).toHaveLength(1);
    await second.discardOrphan(second.getSnapshot().orphans[0]!.key);
    expect(second.getSnapshot().orphans).toEqual([]);
    expect(await drafts.list(`minutes:${id}@tab_closed`)).toEqual([]);
  });

  it('a draft from before drafts were kept per tab is offered too', async () => {
    const { drafts, open, id, col } = await setup();
    const stored = (await col.get(id))!;
    await drafts.put({
      key: `minutes:${id}`,
      doc: setPlan('Older device draft')(stored.doc),
      base: stored.doc,
      baseVersion: stored.version,
      at: '2026-11-20T09:00:00.000Z',
    });
    const q = await open(new MemoryTab('tab_new'));
    expect(q.getSnapshot().orphans).toEqual([{ key: `minutes:${id}`, at: '2026-11-20T09:00:00.000Z' }]);
  });

  it('a closed tab’s draft whose edits are all saved already goes without asking', async () => {
    const { drafts, open, id, col } = await setup();
    const stored = (await col.get(id))!;
    await drafts.put({ key: `minutes:${id}@tab_gone`, doc: stored.doc, base: stored.doc, tab: 'tab_gone', at: 'x' });
    const q = await open(new MemoryTab('tab_new'));
    expect(q.getSnapshot().orphans).toEqual([]);
    expect(drafts.size).toBe(0);
  });
});
