import type { Minutes } from '../../core/minutes/minutes.schema';
import { stageRecordFor, stageRecordKind, type StageRecord } from '../../core/minutes/stageProjection.schema';
import type { Collection, Stored } from '../../core/ports';
import { canonicalJson } from '../../core/shared/canonical';
import { isConflict } from '../../core/shared/errors';
import { protectedIndexForMinutes } from '../protection/protectedPeople';
import type { Services } from '../services';

type Deps = Pick<Services, 'storage' | 'settings' | 'meetingSignal'>;

/**
 * Writes the stage record for saved minutes (the projection alone) and tells the meeting's other
 * frames it changed. A projection that did not change is not written again, so typing in a part of
 * the minutes the stage does not show costs the stage's readers nothing.
 */
export class StageRecordWriter {
  /** What this page last wrote, per meeting: saves a read before each write. */
  private readonly last = new Map<string, Stored<StageRecord>>();

  /** Saves that came in while a write was under way: only the newest is written next. */
  private pending: Minutes | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly deps: Deps) {}

  /**
   * Writes the record for `minutes` after any write under way, skipping saves overtaken meanwhile;
   * resolves once the newest known save's record is written (or has failed; the next save retries).
   */
  schedule(minutes: Minutes): Promise<void> {
    this.pending = minutes;
    this.running ??= (async () => {
      while (this.pending) {
        const next = this.pending;
        this.pending = undefined;
        await this.write(next).catch(() => undefined);
      }
      this.running = undefined;
    })();
    return this.running;
  }

  async write(minutes: Minutes): Promise<void> {
    const records = this.deps.storage.collection(stageRecordKind);
    // The case's protected people are withheld here, where the projection is made: the stage never sees them.
    const next = stageRecordFor(minutes, this.deps.settings, await protectedIndexForMinutes(this.deps, minutes));
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = this.last.get(next.id) ?? (await records.get(next.id));
      if (current && canonicalJson(current.doc.projection) === canonicalJson(next.projection)) return;
      try {
        const stored = current ? await records.update(next, current.version) : await records.create(next);
        this.last.set(next.id, stored);
        this.deps.meetingSignal?.announce(next.id);
        return;
      } catch (error) {
        // Another frame wrote first: read what is there now and write over it (the newest save wins).
        if (!isConflict(error)) throw error;
        this.last.delete(next.id);
      }
    }
  }
}

/**
 * The minutes collection with the stage record written after each successful save (in order, the
 * newest winning). The minutes'
 * save never fails because of the stage: a projection that could not be written is written with the
 * next save, and meanwhile the stage shows the last one.
 */
export function withStageRecord(deps: Deps, minutes: Collection<Minutes>): Collection<Minutes> {
  const writer = new StageRecordWriter(deps);
  // Not awaited: the minutes count as saved at once; the stage's record follows in the background.
  const afterSave = (saved: Stored<Minutes>): Stored<Minutes> => {
    void writer.schedule(saved.doc);
    return saved;
  };
  return {
    get: (id) => minutes.get(id),
    list: (filter) => minutes.list(filter),
    ids: () => minutes.ids(),
    page: (request) => minutes.page(request),
    create: (doc) => minutes.create(doc).then(afterSave),
    update: (doc, expectedVersion) => minutes.update(doc, expectedVersion).then(afterSave),
  };
}
