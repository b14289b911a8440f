import type { DraftRecord, DraftStore } from '../../core/ports';
import { MemoryDraftStore } from '../memory/memoryDraftStore';

const DB = 'mappa-panel-drafts';
const STORE = 'drafts';

/** Drafts in their own small IndexedDB database, apart from the document store. */
export class IndexedDbDraftStore implements DraftStore {
  private db?: Promise<IDBDatabase>;

  constructor(private readonly factory: IDBFactory = indexedDB) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = this.factory.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('This device’s storage could not be opened.'));
    });
    return this.db;
  }

  private async run<R>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<R> {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result as R);
      tx.onerror = () => reject(tx.error ?? new Error('The draft could not be kept on this device.'));
    });
  }

  async get(key: string) {
    return (await this.run<DraftRecord | undefined>('readonly', (s) => s.get(key))) ?? undefined;
  }
  async put(draft: DraftRecord) {
    await this.run('readwrite', (s) => s.put(draft));
  }
  async delete(key: string) {
    await this.run('readwrite', (s) => s.delete(key));
  }
  async list(prefix: string) {
    // A device holds a handful of drafts: read them all rather than depend on the page's IDBKeyRange
    // matching the injected factory's.
    return (await this.run<DraftRecord[]>('readonly', (s) => s.getAll())).filter((r) => r.key.startsWith(prefix));
  }
}

/** The device's draft store: IndexedDB in a browser, memory where there is none (tests, old hosts). */
export function defaultDraftStore(): DraftStore {
  return typeof indexedDB === 'undefined' ? new MemoryDraftStore() : new IndexedDbDraftStore();
}
