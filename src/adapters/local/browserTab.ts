import type { TabPort } from '../../core/ports';

const KEY = 'mappa-panel-tab';
const LOCK = (id: string) => `mappa-panel-tab:${id}`;

type Locks = {
  request(name: string, options: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<void>): Promise<void>;
  query(): Promise<{ held?: { name?: string }[] }>;
};

const newId = () => `tab_${crypto.randomUUID()}`;

/**
 * This tab's id, kept in sessionStorage: it survives a reload of the tab and no other tab shares it
 * (https://developer.mozilla.org/docs/Web/API/Window/sessionStorage). A duplicated tab starts with
 * a copy of its opener's sessionStorage, so each tab also holds a Web Lock named by its id for as
 * long as it is open (https://developer.mozilla.org/docs/Web/API/Web_Locks_API): a tab that finds
 * its id's lock already held is a duplicate and takes a new id, and another tab's draft whose lock
 * no one holds belongs to a closed tab. Where Web Locks are missing every other tab counts as
 * closed, so its draft is offered rather than left unseen.
 */
export async function openBrowserTab(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.sessionStorage,
  locks: Locks | undefined = (globalThis.navigator as { locks?: Locks } | undefined)?.locks,
): Promise<TabPort> {
  let id = safeGet(storage) ?? newId();
  if (locks) {
    if (!(await hold(locks, id))) {
      id = newId();
      await hold(locks, id);
    }
  }
  safeSet(storage, id);
  return {
    id,
    isOpen: async (tabId) => {
      if (tabId === id) return true;
      if (!locks) return false;
      const { held = [] } = await locks.query();
      return held.some((l) => l.name === LOCK(tabId));
    },
  };
}

/** Takes the tab's lock and keeps it until the page goes; false when another tab holds it. */
function hold(locks: Locks, id: string): Promise<boolean> {
  return new Promise((answer) => {
    void locks
      .request(LOCK(id), { ifAvailable: true }, (lock) => {
        answer(lock !== null);
        // Held for the page's lifetime: the browser lets go when the tab closes or reloads.
        return lock === null ? Promise.resolve() : new Promise<void>(() => undefined);
      })
      .catch(() => answer(true));
  });
}

function safeGet(storage: Pick<Storage, 'getItem'> | undefined): string | undefined {
  try {
    return storage?.getItem(KEY) ?? undefined;
  } catch {
    return undefined; // storage refused (e.g. blocked third-party storage in a frame)
  }
}

function safeSet(storage: Pick<Storage, 'setItem'> | undefined, id: string) {
  try {
    storage?.setItem(KEY, id);
  } catch {
    // Without storage a reload gets a new id; the old draft is then offered back as another tab's.
  }
}
