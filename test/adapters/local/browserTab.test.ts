import { openBrowserTab } from '../../../src/adapters/local/browserTab';

/** A stand-in for navigator.locks: names held until released, as one browser's tabs share them. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    request: async (name: string, _o: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<void>) => {
      if (held.has(name)) return cb(null);
      held.add(name);
      void cb({ name });
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  };
}

function fakeSessionStorage(initial: Record<string, string> = {}) {
  const rows = new Map(Object.entries(initial));
  return {
    rows,
    getItem: (k: string) => rows.get(k) ?? null,
    setItem: (k: string, v: string) => void rows.set(k, v),
  };
}

describe('browser tab identity', () => {
  it('keeps its id across a reload (same sessionStorage, lock released)', async () => {
    const session = fakeSessionStorage();
    const first = await openBrowserTab(session, fakeLocks());
    const reloaded = await openBrowserTab(session, fakeLocks());
    expect(reloaded.id).toBe(first.id);
  });

  it('two tabs get different ids, and each sees the other as open until it closes', async () => {
    const locks = fakeLocks();
    const a = await openBrowserTab(fakeSessionStorage(), locks);
    const b = await openBrowserTab(fakeSessionStorage(), locks);
    expect(a.id).not.toBe(b.id);
    expect(await a.isOpen(b.id)).toBe(true);
    locks.held.delete(`mappa-panel-tab:${b.id}`);
    expect(await a.isOpen(b.id)).toBe(false);
  });

  it('a duplicated tab (a copy of its opener’s sessionStorage) takes a new id', async () => {
    const locks = fakeLocks();
    const opener = await openBrowserTab(fakeSessionStorage(), locks);
    const copy = fakeSessionStorage({ 'mappa-panel-tab': opener.id });
    const duplicate = await openBrowserTab(copy, locks);
    expect(duplicate.id).not.toBe(opener.id);
    expect(copy.rows.get('mappa-panel-tab')).toBe(duplicate.id);
  });

  it('without Web Locks other tabs count as closed, so their drafts are offered', async () => {
    const tab = await openBrowserTab(fakeSessionStorage(), undefined);
    expect(await tab.isOpen('tab_other')).toBe(false);
    expect(await tab.isOpen(tab.id)).toBe(true);
  });
});
