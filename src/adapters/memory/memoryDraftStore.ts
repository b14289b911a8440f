import type { DraftRecord, DraftStore } from '../../core/ports';

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
  get size(): number {
    return this.rows.size;
  }
}
