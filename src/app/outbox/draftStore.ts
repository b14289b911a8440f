/**
 * Unsaved work, kept on this device until the store has accepted it. A reload or a failed save
 * finds the draft here; nothing typed is lost. Stored raw and validated by the outbox on reading.
 */
export type DraftRecord = {
  key: string;
  /** The document as last edited. */
  doc: unknown;
  /** What the edits were made against: the last saved document, or the prepared one before its first save. */
  base: unknown;
  /** The version tag of `base` in the store; absent until the document has been created. */
  baseVersion?: string;
  at: string;
};

export interface DraftStore {
  get(key: string): Promise<DraftRecord | undefined>;
  put(draft: DraftRecord): Promise<void>;
  delete(key: string): Promise<void>;
}

export class MemoryDraftStore implements DraftStore {
  private readonly rows = new Map<string, DraftRecord>();
  async get(key: string) {
    const row = this.rows.get(key);
    return row ? structuredClone(row) : undefined;
  }
  async put(draft: DraftRecord) {
    this.rows.set(draft.key, structuredClone(draft));
  }
  async delete(key: string) {
    this.rows.delete(key);
  }
  get size(): number {
    return this.rows.size;
  }
}

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
}

/** The device's draft store: IndexedDB in a browser, memory where there is none (tests, old hosts). */
export function defaultDraftStore(): DraftStore {
  return typeof indexedDB === 'undefined' ? new MemoryDraftStore() : new IndexedDbDraftStore();
}
