import {
  checkUpdate,
  decodeDocument,
  encodeDocument,
  indexKeys,
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
import { pageFrom } from '../../core/storage/paging';
import { canonicalJson } from '../../core/shared/canonical';
import { ConflictError } from '../../core/shared/errors';

type Row = { version: number; body: StoredForm; idx: string[] };

/**
 * The storage port in memory: the test fake and the store benchmarks run on. Same semantics as the
 * IndexedDB and Graph stores, held to them by the contract suite. Documents are kept in their stored
 * (encoded) form so that decoding and migrations run exactly as they do elsewhere.
 */
export class MemoryStore implements StoragePort {
  private readonly rows = new Map<string, Map<string, Row>>();

  collection<T extends Identified>(kind: DocumentKind<T>): Collection<T> {
    let rows = this.rows.get(kind.name);
    if (!rows) this.rows.set(kind.name, (rows = new Map()));
    return new MemoryCollection(kind, rows);
  }

  /** Seeds a raw stored form, e.g. a frozen document from an older release. */
  putRaw(kindName: string, id: string, body: StoredForm): void {
    let rows = this.rows.get(kindName);
    if (!rows) this.rows.set(kindName, (rows = new Map()));
    rows.set(id, { version: 1, body, idx: [] });
  }
}

class MemoryCollection<T extends Identified> implements Collection<T> {
  constructor(
    private readonly kind: DocumentKind<T>,
    private readonly rows: Map<string, Row>,
  ) {}

  async get(id: string): Promise<Stored<T> | undefined> {
    await tick();
    const row = this.rows.get(id);
    return row ? this.toStored(row) : undefined;
  }

  async list(filter?: Filter | readonly Filter[]): Promise<Stored<T>[]> {
    await tick();
    const needs = anyOfFilters(filter).map((one) =>
      Object.entries(one)
        .filter((e): e is [string, string] => typeof e[1] === 'string')
        .map(([f, v]) => `${f}=${v}`),
    );
    const out: Stored<T>[] = [];
    for (const row of this.rows.values()) {
      const stored = this.toStored(row);
      const keys = indexKeys(this.kind, stored.doc);
      if (needs.some((need) => need.every((k) => keys.includes(k)))) out.push(stored);
    }
    return out;
  }

  async page(request: PageRequest): Promise<Page<T>> {
    return pageFrom(this.kind, await this.list(request.filter), request);
  }

  async ids(): Promise<string[]> {
    await tick();
    return [...this.rows.keys()];
  }

  async create(doc: T): Promise<Stored<T>> {
    const body = encodeDocument(this.kind, doc);
    await tick();
    const existing = this.rows.get(doc.id);
    if (existing) {
      if (canonicalJson(existing.body) === canonicalJson(body)) return this.toStored(existing);
      throw new ConflictError('exists', this.toStored(existing));
    }
    const row = { version: 1, body, idx: indexKeys(this.kind, doc) };
    this.rows.set(doc.id, row);
    return this.toStored(row);
  }

  async update(doc: T, expectedVersion: string): Promise<Stored<T>> {
    const body = encodeDocument(this.kind, doc);
    await tick();
    const existing = this.rows.get(doc.id);
    if (!existing) throw new ConflictError('missing');
    if (String(existing.version) !== expectedVersion) throw new ConflictError('stale', this.toStored(existing));
    if (this.kind.guardUpdate) {
      checkUpdate(this.kind, this.toStored(existing), decodeDocument(this.kind, structuredClone(body)));
    }
    const row = { version: existing.version + 1, body, idx: indexKeys(this.kind, doc) };
    this.rows.set(doc.id, row);
    return this.toStored(row);
  }

  private toStored(row: Row): Stored<T> {
    return { doc: decodeDocument(this.kind, structuredClone(row.body)), version: String(row.version) };
  }
}

/** Yields once, so callers meet the same interleavings as with a real asynchronous store. */
const tick = () => new Promise<void>((r) => queueMicrotask(r));
