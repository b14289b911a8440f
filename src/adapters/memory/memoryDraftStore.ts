import type { DraftRecord, DraftStore, TabPort } from '../../core/ports';

/** Drafts kept in memory: tests, and hosts with no IndexedDB. */
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
  async list(prefix: string) {
    return [...this.rows.values()].filter((r) => r.key.startsWith(prefix)).map((r) => structuredClone(r));
  }
  get size(): number {
    return this.rows.size;
  }
}

/** Tabs in tests: each has its own id; the ones in `open` are still open. */
export class MemoryTab implements TabPort {
  constructor(
    readonly id: string,
    private readonly open: ReadonlySet<string> = new Set(),
  ) {}
  async isOpen(tabId: string) {
    return tabId === this.id || this.open.has(tabId);
  }
}
