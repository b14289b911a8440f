import {
  checkUpdate,
  decodeDocument,
  encodeDocument,
  indexKeys,
  orderKey,
  type DocumentKind,
  type Identified,
  type StoredForm,
} from '../../core/storage/defineDocument';
import {
  anyOfFilters,
  type Collection,
  type Filter,
  type Page,
  type PageRequest,
  type StoragePort,
  type Stored,
} from '../../core/ports';
import { byCodeUnits } from '../../core/storage/paging';
import { canonicalJson } from '../../core/shared/canonical';
import { ConflictError } from '../../core/shared/errors';

/**
 * One row per document in a single object store; `idx` holds `collection|field=value` keys under a
 * multi-entry index, and `collection|@order=key` for each of the kind's orders, so a page in an
 * order is read from the index alone.
 */
type Row = { key: string; collection: string; id: string; version: number; body: StoredForm; idx: string[] };

const STORE = 'documents';
const ALL = '*';

export type IndexedDbStoreOptions = {
  factory?: IDBFactory;
  databaseName?: string;
  /** The key ranges of the same IndexedDB as `factory` (the browser's own unless given). */
  keyRange?: typeof IDBKeyRange;
};

/** A document and its kind, for writing many kinds in one go. */
export type KindedDocument = { kind: DocumentKind<Identified>; doc: Identified };

/** The embedded local store: the storage port over the browser's IndexedDB. */
export class IndexedDbStore implements StoragePort {
  private readonly db: Promise<IDBDatabase>;
  private readonly keyRange: typeof IDBKeyRange | undefined;

  constructor(options: IndexedDbStoreOptions = {}) {
    const factory = options.factory ?? globalThis.indexedDB;
    this.db = openDatabase(factory, options.databaseName ?? 'mappa-panel');
    this.keyRange = options.keyRange ?? (options.factory ? undefined : globalThis.IDBKeyRange);
  }

  collection<T extends Identified>(kind: DocumentKind<T>): Collection<T> {
    return new IndexedDbCollection(this.db, kind, this.keyRange);
  }

  /** Whether any document of the kind is stored, counted on the index without reading (or decoding) one. */
  async hasAny(kind: DocumentKind<Identified>): Promise<boolean> {
    const db = await this.db;
    const count = await request<number>(
      db.transaction(STORE).objectStore(STORE).index('idx').count(`${kind.name}|${ALL}`),
    );
    return count > 0;
  }

  /**
   * Creates every document in one transaction, unless `probe` already has documents (then writes
   * nothing and resolves false). One transaction instead of one per document keeps a first start
   * quick; two tabs seeding at once are serialised by IndexedDB, so the second finds the first's.
   */
  async createAllIfEmpty(probe: DocumentKind<Identified>, docs: readonly KindedDocument[]): Promise<boolean> {
    return this.addAllIfEmpty(
      probe,
      docs.map(({ kind, doc }) => rowFor(kind, doc, encodeDocument(kind, doc), 1)),
    );
  }

  /**
   * `createAllIfEmpty` for the demo seed only, whose documents the app builds itself: they are written
   * without validating each one against its schema (about 200 ms of a first start, every new person's
   * first open), because the tests decode every demo document with its kind's schema
   * (test/adapters/local/demoDocuments.test.ts). The rows, with their index and order keys, are exactly
   * what `createAllIfEmpty` writes. Nothing else may write this way: every other write validates.
   */
  async seedTrustedDemoIfEmpty(probe: DocumentKind<Identified>, docs: readonly KindedDocument[]): Promise<boolean> {
    return this.addAllIfEmpty(
      probe,
      docs.map(({ kind, doc }) => rowFor(kind, doc, { ...doc, schemaVersion: kind.version }, 1)),
    );
  }

  private async addAllIfEmpty(probe: DocumentKind<Identified>, rows: readonly Row[]): Promise<boolean> {
    const db = await this.db;
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('The local store could not save.'));
      tx.onabort = () => reject(tx.error ?? new Error('The local store could not save.'));
    });
    let written = false;
    const count = store.index('idx').count(`${probe.name}|${ALL}`);
    count.onsuccess = () => {
      if (count.result > 0) return;
      written = true;
      for (const row of rows) {
        // `add` never replaces: a document that is already there is kept as it is.
        store.add(row).onerror = (event) => event.preventDefault();
      }
    };
    await done;
    return written;
  }

  /** Removes every document (the "reset demo data" control). */
  async clear(): Promise<void> {
    const db = await this.db;
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).clear());
  }

  async close(): Promise<void> {
    (await this.db).close();
  }
}

class IndexedDbCollection<T extends Identified> implements Collection<T> {
  constructor(
    private readonly db: Promise<IDBDatabase>,
    private readonly kind: DocumentKind<T>,
    /** Absent when the factory came without its key ranges: pages are then cut from the rows read. */
    private readonly keyRange: typeof IDBKeyRange | undefined,
  ) {}

  async get(id: string): Promise<Stored<T> | undefined> {
    const db = await this.db;
    const row = await request<Row | undefined>(db.transaction(STORE).objectStore(STORE).get(this.key(id)));
    return row ? this.toStored(row) : undefined;
  }

  async list(filter?: Filter | readonly Filter[]): Promise<Stored<T>[]> {
    const db = await this.db;
    const store = db.transaction(STORE).objectStore(STORE);
    const index = store.index('idx');
    const [first, ...others] = anyOfFilters(filter).map((one) => this.selection(one));
    if (!first) return [];
    // The first filter's rows are read whole; the others' first by key alone, so a row several
    // filters select (an owner's actions found by id and by e-mail) is read and decoded once.
    const [firstRows, otherKeys] = await Promise.all([
      request<Row[]>(index.getAll(first.probe)),
      Promise.all(others.map((o) => request<IDBValidKey[]>(index.getAllKeys(o.probe)))),
    ]);
    const rows = new Map<string, Row>();
    for (const r of firstRows) if (first.selects(r)) rows.set(r.key, r);
    const read = new Map<string, Promise<Row | undefined>>();
    const readRow = (key: string) => {
      if (!read.has(key)) read.set(key, request<Row | undefined>(store.get(key)));
      return read.get(key)!;
    };
    await Promise.all(
      others.flatMap((o, i) =>
        otherKeys[i]!.map(String)
          .filter((key) => !rows.has(key))
          .map(async (key) => {
            const r = await readRow(key);
            if (r && o.selects(r)) rows.set(r.key, r);
          }),
      ),
    );
    return [...rows.values()].map((r) => this.toStored(r));
  }

  /** The index entry a filter is read by, and whether a row meets every field it names. */
  private selection(one: Filter): { probe: string; selects: (r: Row) => boolean } {
    const wanted = Object.entries(one).filter((e): e is [string, string] => typeof e[1] === 'string');
    const first = wanted[0];
    const need = wanted.map(([f, v]) => `${this.kind.name}|${f}=${v}`);
    return {
      probe: first ? need[0]! : `${this.kind.name}|${ALL}`,
      selects: (r) => need.every((k) => r.idx.includes(k)),
    };
  }

  async page(asked: PageRequest): Promise<Page<T>> {
    const db = await this.db;
    const index = db.transaction(STORE).objectStore(STORE).index('idx');
    const prefix = `${this.kind.name}|@${asked.orderBy}=`;
    const offset = Math.max(0, asked.offset ?? 0);
    const limit = Math.max(0, asked.limit);
    const direction = asked.direction === 'descending' ? 'prev' : 'next';
    const wanted = Object.entries(asked.filter ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (wanted.length === 0 && this.keyRange) {
      // Asked together in one transaction, so the counts and the page agree.
      const ordered = this.keyRange.bound(prefix, `${prefix}\uffff`);
      const [total, keyed, rows] = await Promise.all([
        request<number>(index.count(`${this.kind.name}|${ALL}`)),
        request<number>(index.count(ordered)),
        readRange(index, ordered, direction, offset, limit),
      ]);
      // Every document has its key unless some were written before the kind had the order.
      if (keyed === total) return { items: rows.map((r) => this.toStored(r)), total };
    }
    // Filtered, or some rows lack the key: the rows the filter selects are sorted by the key each
    // holds and only the page is decoded; a row written before the order is placed by its document.
    const first = wanted[0];
    const probe = first ? `${this.kind.name}|${first[0]}=${first[1]}` : `${this.kind.name}|${ALL}`;
    const need = wanted.map(([f, v]) => `${this.kind.name}|${f}=${v}`);
    const all = await request<Row[]>(db.transaction(STORE).objectStore(STORE).index('idx').getAll(probe));
    const rows = all.filter((r) => need.every((k) => r.idx.includes(k)));
    const keyOf = (r: Row) =>
      r.idx.find((k) => k.startsWith(prefix))?.slice(prefix.length) ??
      orderKey(this.kind, asked.orderBy, this.toStored(r).doc);
    const sign = direction === 'prev' ? -1 : 1;
    const keyed = rows.map((r) => ({ r, key: keyOf(r) }));
    keyed.sort((a, b) => sign * (byCodeUnits(a.key, b.key) || byCodeUnits(a.r.id, b.r.id)));
    return { items: keyed.slice(offset, offset + limit).map((k) => this.toStored(k.r)), total: rows.length };
  }

  async ids(): Promise<string[]> {
    const db = await this.db;
    // The index's primary keys are `kind/id`: no row is read, so nothing is cloned or decoded.
    const keys = await request<IDBValidKey[]>(
      db.transaction(STORE).objectStore(STORE).index('idx').getAllKeys(`${this.kind.name}|${ALL}`),
    );
    const prefix = `${this.kind.name}/`.length;
    return keys.map((k) => String(k).slice(prefix));
  }

  async create(doc: T): Promise<Stored<T>> {
    const body = encodeDocument(this.kind, doc);
    return this.transact((store, existing) => {
      if (existing) {
        if (canonicalJson(existing.body) === canonicalJson(body)) return existing;
        throw new ConflictError('exists', this.toStored(existing));
      }
      const row = this.row(doc, body, 1);
      store.put(row);
      return row;
    }, doc.id);
  }

  async update(doc: T, expectedVersion: string): Promise<Stored<T>> {
    const body = encodeDocument(this.kind, doc);
    return this.transact((store, existing) => {
      if (!existing) throw new ConflictError('missing');
      if (String(existing.version) !== expectedVersion) throw new ConflictError('stale', this.toStored(existing));
      if (this.kind.guardUpdate) {
        checkUpdate(this.kind, this.toStored(existing), decodeDocument(this.kind, structuredClone(body)));
      }
      const row = this.row(doc, body, existing.version + 1);
      store.put(row);
      return row;
    }, doc.id);
  }

  /** Reads and writes in one transaction, so a check-then-write cannot interleave with another tab. */
  private async transact(
    work: (store: IDBObjectStore, existing: Row | undefined) => Row,
    id: string,
  ): Promise<Stored<T>> {
    const db = await this.db;
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('The local store could not save.'));
      tx.onabort = () => reject(tx.error ?? new Error('The local store could not save.'));
    });
    let result: Row | undefined;
    let failure: unknown;
    const get = store.get(this.key(id));
    get.onsuccess = () => {
      try {
        result = work(store, get.result as Row | undefined);
      } catch (e) {
        failure = e;
        tx.abort();
      }
    };
    try {
      await done;
    } catch (e) {
      throw failure ?? e;
    }
    if (failure) throw failure;
    return this.toStored(result as Row);
  }

  private key(id: string): string {
    return `${this.kind.name}/${id}`;
  }

  private row(doc: T, body: StoredForm, version: number): Row {
    return rowFor(this.kind, doc, body, version);
  }

  private toStored(row: Row): Stored<T> {
    return { doc: decodeDocument(this.kind, row.body), version: String(row.version) };
  }
}

function rowFor<T extends Identified>(kind: DocumentKind<T>, doc: T, body: StoredForm, version: number): Row {
  const idx = [
    `${kind.name}|${ALL}`,
    ...indexKeys(kind, doc).map((k) => `${kind.name}|${k}`),
    ...Object.keys(kind.orders ?? {}).map((order) => `${kind.name}|@${order}=${orderKey(kind, order, doc)}`),
  ];
  return { key: `${kind.name}/${doc.id}`, collection: kind.name, id: doc.id, version, body, idx };
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore(STORE, { keyPath: 'key' });
      store.createIndex('idx', 'idx', { multiEntry: true });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('The local store could not be opened.'));
    open.onblocked = () =>
      reject(new Error('The local store is open in another tab with an older version. Close it and reload.'));
  });
}

/** Up to `limit` rows of a key range in index order (ties by primary key, `kind/id`), after passing over `offset`. */
function readRange(
  index: IDBIndex,
  range: IDBKeyRange,
  direction: IDBCursorDirection,
  offset: number,
  limit: number,
): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const rows: Row[] = [];
    if (limit === 0) return resolve(rows);
    let skipped = offset === 0;
    const cursor = index.openCursor(range, direction);
    cursor.onerror = () => reject(cursor.error ?? new Error('The local store could not read.'));
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return resolve(rows);
      if (!skipped) {
        skipped = true;
        return at.advance(offset);
      }
      rows.push(at.value as Row);
      if (rows.length >= limit) return resolve(rows);
      at.continue();
    };
  });
}

function request<R>(req: IDBRequest): Promise<R> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as R);
    req.onerror = () => reject(req.error ?? new Error('The local store could not read.'));
  });
}
