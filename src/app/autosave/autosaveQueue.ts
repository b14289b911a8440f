import type { DocumentKind, Identified } from '../../core/storage/defineDocument';
import {
  followEdits,
  resolveConflict,
  valueAtPath,
  type MergeConflict,
  type MergeResult,
} from '../../core/minutes/merge';
import { openConflictsId, type OpenConflict, type OpenConflicts } from '../../core/minutes/openConflicts.schema';
import type { Collection, DraftRecord, DraftStore, Stored, TabPort } from '../../core/ports';
import { canonicalJson } from '../../core/shared/canonical';
import { ConflictError, InvalidDocumentError } from '../../core/shared/errors';
import { retryOnConflict } from '../../core/storage/retryOnConflict';
import { msg, type Message } from '../../i18n/message';
import { z } from 'zod';

import { initialAutosaveState, autosaveReducer, type AutosaveEvent, type AutosaveState } from './autosaveState';
import { lazySchema } from '../../core/shared/lazySchema';

export type Scheduler = {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
};

export const timerScheduler: Scheduler = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export type AutosaveOptions<T extends Identified> = {
  kind: DocumentKind<T>;
  collection: Collection<T>;
  drafts: DraftStore;
  /** This browser tab: its draft is its own, so two tabs of one device never overwrite each other's work. */
  tab?: TabPort;
  id: string;
  merge: (base: T, mine: T, theirs: T) => MergeResult<T>;
  /** Autosave delay after the last edit. */
  delayMs?: number;
  scheduler?: Scheduler;
  /** Wait before sending again after a failed save. */
  retryMs?: number;
  /** Stamps a document before it is sent (e.g. updatedAt). */
  beforeSend?: (doc: T) => T;
  /**
   * Where open conflicts are kept for every tab and device (the shared store): a conflict met here
   * is put there, and one met elsewhere is shown here until someone decides it.
   */
  shared?: {
    conflicts: Collection<OpenConflicts>;
    /** The person editing here, named on the conflicts they leave for others. */
    author: string;
    newId: () => string;
    now: () => Date;
    /** The case the document belongs to, so that the conflicts (which hold its text) stay with the case. */
    caseId?: string;
  };
};

const MAX_REBASES = 5;
/** The longest an edit waits to be written to this device's draft (see keepDraft). */
const DRAFT_DELAY_MS = 300;
/** The longest wait between two sends of the same work: retries back off to this and keep going. */
const MAX_RETRY_MS = 5 * 60_000;

/** A wait as the retry messages say it: whole minutes from a minute up, else seconds. */
const waitValues = (ms: number) =>
  ms >= 60_000
    ? { unit: 'minutes', count: Math.round(ms / 60_000) }
    : { unit: 'seconds', count: Math.round(ms / 1000) };

// Conflicts kept with a draft are read back through this schema: a draft is outside data.
const ConflictsSchema = lazySchema(() =>
  z.array(
    z.object({
      path: z.string().min(1),
      base: z.unknown(),
      mine: z.unknown(),
      theirs: z.unknown(),
      id: z.string().optional(),
      by: z.string().optional(),
    }),
  ),
);

/** The fields a failed validation names, for a message that says what to shorten or fix. */
const invalidMessage = (e: InvalidDocumentError) =>
  msg('minutes.saveStatus.invalid', { issues: e.issues.slice(0, 3).join('; ') });

/**
 * Every edit goes to a draft on this device first and is then sent with the version it was based
 * on. If someone else saved in between, both sets of edits are merged field by field and sent
 * again; the same field changed by both becomes a conflict the person resolves. A failed send
 * keeps the draft and says so.
 */
export class AutosaveQueue<T extends Identified> {
  private state: AutosaveState<T> = initialAutosaveState<T>();
  private readonly listeners = new Set<() => void>();
  private timer: unknown;
  private sending?: Promise<void>;
  private again = false;
  private draftWrite: Promise<void> = Promise.resolve();
  /** Sends that have failed in a row (errors or others saving at the same time): each waits twice as long. */
  private failures = 0;
  private pendingDraft?: DraftRecord;
  private draftTimer: unknown;
  /** Shared conflicts decided here, taken out of the shared store once the decision is saved. */
  private readonly decidedShared = new Set<string>();
  /** A draft on this device could not be read; it is kept aside under its own key and the person told. */
  unreadableDraft = false;

  constructor(private readonly o: AutosaveOptions<T>) {}

  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  readonly getSnapshot = (): AutosaveState<T> => this.state;

  private dispatch(e: AutosaveEvent<T>) {
    this.state = autosaveReducer(this.state, e);
    for (const fn of this.listeners) fn();
  }

  /** Every tab's draft of this document starts with this key. */
  private get documentKey() {
    return `${this.o.kind.name}:${this.o.id}`;
  }

  private get key() {
    return this.o.tab ? `${this.documentKey}@${this.o.tab.id}` : this.documentKey;
  }

  /** Opens the saved document, or the draft kept on this device; `prepare` makes a new one when neither exists. */
  async open(prepare?: () => Promise<T> | T): Promise<void> {
    await this.load(prepare);
    if (this.state.phase !== 'ready') return;
    await this.findOrphans().catch(() => undefined);
    await this.syncSharedConflicts().catch(() => undefined);
  }

  /**
   * Brings this tab's conflicts in line with the shared store: conflicts others left are shown
   * (against what is saved now), conflicts decided elsewhere go, and conflicts not yet shared are
   * put there.
   */
  async syncSharedConflicts(): Promise<void> {
    const { shared } = this.o;
    const doc = this.state.doc;
    if (!shared || !doc) return;
    const record = await shared.conflicts.get(this.sharedId);
    const open = record?.doc.conflicts ?? [];
    const local = this.state.conflicts;
    const kept = local.filter((c) => !c.id || open.some((o) => o.id === c.id));
    const added: MergeConflict[] = open
      .filter((o) => !local.some((c) => c.id === o.id) && !this.decidedShared.has(o.id))
      .map((o) => ({
        id: o.id,
        path: o.path,
        base: o.base,
        mine: o.mine,
        theirs: valueAtPath(doc, o.path),
        ...(o.by ? { by: o.by } : {}),
      }));
    if (added.length || kept.length !== local.length) {
      this.dispatch({ type: 'conflictsChanged', conflicts: [...kept, ...added] });
      this.keepDraft();
      if (this.state.status === 'unsaved') this.schedule(0);
    }
    await this.shareConflicts();
  }

  private get sharedId() {
    return openConflictsId(this.o.kind.name, this.o.id);
  }

  /** Puts this tab's conflicts not yet shared into the shared store; they stay on the device if that fails. */
  private async shareConflicts(): Promise<void> {
    const { shared } = this.o;
    const fresh = this.state.conflicts.filter((c) => !c.id);
    if (!shared || !fresh.length) return;
    const at = shared.now().toISOString();
    const entries = new Map<MergeConflict, OpenConflict>(
      fresh.map((c) => [
        c,
        { id: shared.newId(), path: c.path, base: c.base, mine: c.mine, theirs: c.theirs, by: shared.author, at },
      ]),
    );
    try {
      await this.changeShared((list) => [...list, ...entries.values()]);
    } catch {
      return;
    }
    this.dispatch({
      type: 'conflictsChanged',
      conflicts: this.state.conflicts.map((c) => {
        const entry = entries.get(c);
        return entry ? { ...c, id: entry.id } : c;
      }),
    });
    this.keepDraft();
  }

  /** Takes conflicts decided here (and saved) out of the shared store. */
  private async clearDecided(): Promise<void> {
    if (!this.o.shared || !this.decidedShared.size) return;
    const ids = new Set(this.decidedShared);
    try {
      await this.changeShared((list) => list.filter((c) => !ids.has(c.id)));
      for (const id of ids) this.decidedShared.delete(id);
    } catch {
      // Left for the next save: until then others are asked again, which loses nothing.
    }
  }

  private async changeShared(change: (list: OpenConflict[]) => OpenConflict[]): Promise<void> {
    const { shared } = this.o;
    if (!shared) return;
    // Someone else may change the list meanwhile: it is read again and the change applied to theirs.
    await retryOnConflict(5, async () => {
      const current = await shared.conflicts.get(this.sharedId);
      if (current) {
        await shared.conflicts.update({ ...current.doc, conflicts: change(current.doc.conflicts) }, current.version);
        return;
      }
      const conflicts = change([]);
      if (!conflicts.length) return;
      await shared.conflicts.create({
        id: this.sharedId,
        documentKind: this.o.kind.name,
        documentId: this.o.id,
        ...(shared.caseId !== undefined ? { caseId: shared.caseId } : {}),
        conflicts,
      });
    });
  }

  private async load(prepare?: () => Promise<T> | T): Promise<void> {
    try {
      const [stored, draft] = await Promise.all([this.o.collection.get(this.o.id), this.o.drafts.get(this.key)]);
      if (draft) {
        const doc = this.parse(draft.doc);
        const base = this.parse(draft.base);
        const conflicts = ConflictsSchema.safeParse(draft.conflicts ?? []);
        if (doc && base && conflicts.success) {
          this.dispatch({
            type: 'loaded',
            doc,
            base,
            baseVersion: draft.baseVersion,
            fromDraft: true,
            conflicts: conflicts.data,
          });
          // A conflict waits for a person; anything else is sent again.
          if (!conflicts.data.length) this.schedule(0);
          return;
        }
        // An unreadable draft is set aside, never dropped: nothing typed is thrown away unseen.
        await this.o.drafts.put({ ...draft, key: `${this.key}#unreadable` }).catch(() => undefined);
        this.unreadableDraft = true;
      }
      if (stored) {
        this.dispatch({
          type: 'loaded',
          doc: stored.doc,
          base: stored.doc,
          baseVersion: stored.version,
          fromDraft: false,
        });
        return;
      }
      if (!prepare) {
        this.dispatch({ type: 'loadFailed', message: msg('minutes.saveStatus.notStarted') });
        return;
      }
      const fresh = await prepare();
      this.dispatch({ type: 'loaded', doc: fresh, base: fresh, fromDraft: false });
      this.dispatch({ type: 'edited', doc: fresh });
      this.keepDraft();
      this.schedule(0);
    } catch (e) {
      this.dispatch({
        type: 'loadFailed',
        message:
          e instanceof InvalidDocumentError
            ? msg('minutes.saveStatus.unreadable')
            : msg('minutes.saveStatus.openFailed'),
      });
    }
  }

  /**
   * Drafts of this document that closed tabs left unsent (or a draft from before drafts were kept
   * per tab). One whose every edit is already in this tab's document goes quietly: nothing of it
   * would be lost. The rest wait for the person to bring them in or discard them.
   */
  private async findOrphans(): Promise<void> {
    const { tab } = this.o;
    if (!tab) return;
    const prefix = this.documentKey;
    const found: DraftRecord[] = [];
    for (const r of await this.o.drafts.list(prefix)) {
      if (r.key === this.key || (r.key !== prefix && !r.key.startsWith(`${prefix}@`)) || r.key.includes('#')) continue;
      const tabId = r.tab ?? r.key.slice(prefix.length + 1);
      if (tabId && (await tab.isOpen(tabId))) continue;
      const read = this.readDraft(r);
      if (!read) {
        await this.o.drafts.put({ ...r, key: `${r.key}#unreadable` }).catch(() => undefined);
        await this.o.drafts.delete(r.key).catch(() => undefined);
        this.unreadableDraft = true;
        continue;
      }
      const current = this.state.doc;
      const { merged, conflicts } = this.o.merge(read.base, read.doc, current as T);
      if (!conflicts.length && !read.conflicts.length && canonicalJson(merged) === canonicalJson(current)) {
        await this.o.drafts.delete(r.key).catch(() => undefined);
        continue;
      }
      found.push(r);
    }
    found.sort((a, b) => (a.at < b.at ? -1 : 1));
    if (found.length) this.dispatch({ type: 'orphansFound', orphans: found.map((r) => ({ key: r.key, at: r.at })) });
  }

  private readDraft(r: DraftRecord): { doc: T; base: T; conflicts: MergeConflict[] } | undefined {
    const doc = this.parse(r.doc);
    const base = this.parse(r.base);
    const conflicts = ConflictsSchema.safeParse(r.conflicts ?? []);
    return doc && base && conflicts.success ? { doc, base, conflicts: conflicts.data } : undefined;
  }

  /**
   * Brings a closed tab's draft into this tab's document: its edits merged in field by field, and
   * where it and this document differ on the same field (or it was still waiting on a choice), a
   * conflict for the person to decide. Its draft goes only once this tab's draft holds the result.
   */
  async adoptOrphan(key: string): Promise<void> {
    const current = this.state.doc;
    const r = await this.o.drafts.get(key);
    const read = r && this.readDraft(r);
    if (!current || !read) {
      this.dispatch({ type: 'orphanDiscarded', key });
      return;
    }
    const { merged, conflicts } = this.o.merge(read.base, read.doc, current);
    const known = new Set(this.state.conflicts.map((c) => c.path));
    const all = [...this.state.conflicts];
    for (const c of [...conflicts, ...read.conflicts]) {
      if (!known.has(c.path)) all.push(c);
      known.add(c.path);
    }
    this.dispatch({ type: 'orphanAdopted', key, doc: merged, conflicts: all });
    this.keepDraft();
    // The adopted work is on the device under this tab's key before the closed tab's draft goes.
    await this.writeDraftNow();
    await this.o.drafts.delete(key).catch(() => undefined);
    if (this.state.status === 'unsaved') this.schedule(0);
  }

  /** The person chose to throw a closed tab's draft away. */
  async discardOrphan(key: string): Promise<void> {
    await this.o.drafts.delete(key);
    this.dispatch({ type: 'orphanDiscarded', key });
  }

  private parse(raw: unknown): T | undefined {
    const r = this.o.kind.schema.safeParse(raw);
    return r.success ? r.data : undefined;
  }

  /** Applies an edit; answers why it is refused when the document does not allow it (signed minutes). */
  edit(change: (doc: T) => T): string | Message | undefined {
    const doc = this.state.doc;
    if (!doc) return undefined;
    const next = change(doc);
    if (next === doc) return undefined;
    const refused = this.o.kind.guardUpdate?.(doc, next);
    if (refused) return refused;
    const { conflicts } = this.state;
    this.dispatch({
      type: 'edited',
      doc: next,
      ...(conflicts.length ? { conflicts: followEdits(conflicts, doc, next) } : {}),
    });
    this.keepDraft(true);
    this.schedule(this.o.delayMs ?? 800);
    return undefined;
  }

  /**
   * The person's refused edit laid over the signed document, for them to review and sign as a
   * correction with its reason (on a clash of fields, their edit is what they are proposing).
   */
  refusedAsCorrection(): T | undefined {
    const { refused, doc } = this.state;
    if (!refused || !doc) return undefined;
    const { merged, conflicts } = this.o.merge(refused.base, refused.doc, doc);
    return conflicts.reduce((d, c) => resolveConflict(d, c, 'mine'), merged);
  }

  /** Lets go of a refused edit (discarded, or taken into a correction): the signed document stands. */
  async dropRefused(): Promise<void> {
    const { refused, doc, baseVersion } = this.state;
    if (!refused || !doc || baseVersion === undefined) return;
    this.dispatch({ type: 'refusedSettled', doc, base: doc, baseVersion });
    this.dropPendingDraft();
    await this.draftWrite;
    await this.o.drafts.delete(this.key).catch(() => undefined);
  }

  resolve(conflict: MergeConflict, choice: 'mine' | 'theirs'): void {
    const doc = this.state.doc;
    if (!doc) return;
    if (conflict.id) this.decidedShared.add(conflict.id);
    this.dispatch({ type: 'resolved', doc: resolveConflict(doc, conflict, choice), conflict });
    this.keepDraft();
    if (this.state.status !== 'conflict') this.schedule(0);
  }

  /** Sends now; resolves when the store has the current document or the send has failed. */
  async flush(): Promise<void> {
    if (this.timer !== undefined) {
      (this.o.scheduler ?? timerScheduler).clear(this.timer);
      this.timer = undefined;
    }
    if (this.sending) {
      this.again = true;
      return this.sending;
    }
    this.sending = this.send().finally(() => {
      this.sending = undefined;
    });
    await this.sending;
    if (this.again) {
      this.again = false;
      if (this.state.status === 'unsaved') await this.flush();
    }
  }

  /** Waits for the draft to be on this device (tests and page unload). */
  async settled(): Promise<void> {
    await this.writeDraftNow();
  }

  private schedule(ms: number) {
    const s = this.o.scheduler ?? timerScheduler;
    if (this.timer !== undefined) s.clear(this.timer);
    this.timer = s.set(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  /**
   * Keeps the newest document as this tab's draft on the device. An edit's draft is written within
   * DRAFT_DELAY_MS rather than at once: writing a large document to IndexedDB clones it on the main
   * thread, which a keystroke should not wait for, and fast typing then makes one write, not one per
   * key. Everything else (conflicts, rebases, failed saves) is written at once.
   */
  private keepDraft(soon = false) {
    const { refused, conflicts } = this.state;
    // With a refused edit, the draft stays the person's edit as they made it, so a reload meets the
    // same refusal and offers it again.
    const { doc, base, baseVersion } = refused ?? this.state;
    if (!doc || !base) return;
    this.pendingDraft = {
      key: this.key,
      doc,
      base,
      baseVersion,
      ...(conflicts.length && !refused ? { conflicts } : {}),
      ...(this.o.tab ? { tab: this.o.tab.id } : {}),
      at: new Date().toISOString(),
    };
    if (!soon) {
      void this.writeDraftNow();
      return;
    }
    // The first edit since the last write sets the clock; later ones join it, so the wait never grows.
    this.draftTimer ??= (this.o.scheduler ?? timerScheduler).set(() => {
      this.draftTimer = undefined;
      void this.writeDraftNow();
    }, DRAFT_DELAY_MS);
  }

  /**
   * Writes the newest draft now, after any write already under way, so an older draft never lands
   * after a newer one; resolves when it is on the device (page hidden or closing, tests).
   */
  writeDraftNow(): Promise<void> {
    this.cancelDraftTimer();
    const record = this.pendingDraft;
    if (!record) return this.draftWrite;
    this.pendingDraft = undefined;
    this.draftWrite = this.draftWrite.then(() => this.o.drafts.put(record).catch(() => undefined));
    return this.draftWrite;
  }

  /** Forgets a draft not yet written: the store or the person has settled it. */
  private dropPendingDraft() {
    this.cancelDraftTimer();
    this.pendingDraft = undefined;
  }

  private cancelDraftTimer() {
    if (this.draftTimer === undefined) return;
    (this.o.scheduler ?? timerScheduler).clear(this.draftTimer);
    this.draftTimer = undefined;
  }

  private async send(): Promise<void> {
    for (let attempt = 0; attempt <= MAX_REBASES; attempt++) {
      const { doc, base, baseVersion, status } = this.state;
      if (!doc || !base || status === 'saved' || status === 'conflict' || status === 'signed') return;
      const sent = doc;
      this.dispatch({ type: 'saveStarted' });
      try {
        const outgoing = this.o.beforeSend ? this.o.beforeSend(sent) : sent;
        const stored: Stored<T> =
          baseVersion === undefined
            ? await this.o.collection.create(outgoing)
            : await this.o.collection.update(outgoing, baseVersion);
        this.dispatch({ type: 'saved', sent, stored: stored.doc, version: stored.version });
        this.failures = 0;
        await this.clearDecided();
        if (this.state.status === 'saved') {
          this.dropPendingDraft();
          await this.draftWrite;
          await this.o.drafts.delete(this.key).catch(() => undefined);
        } else {
          this.keepDraft();
        }
        return;
      } catch (e) {
        if (e instanceof ConflictError && e.current && e.reason === 'signed') {
          this.signedElsewhere(e.current as { doc: T; version: string }, {
            doc: this.state.doc ?? sent,
            base,
            baseVersion,
          });
          return;
        }
        if (e instanceof ConflictError && e.current && (e.reason === 'stale' || e.reason === 'exists')) {
          const theirs = e.current as { doc: T; version: string };
          const { merged, conflicts } = this.o.merge(base, this.state.doc ?? sent, theirs.doc);
          if (this.o.kind.guardUpdate?.(theirs.doc, merged)) {
            this.signedElsewhere(theirs, { doc: this.state.doc ?? sent, base, baseVersion });
            return;
          }
          this.dispatch({ type: 'rebased', doc: merged, base: theirs.doc, baseVersion: theirs.version, conflicts });
          this.keepDraft();
          if (conflicts.length) {
            await this.shareConflicts();
            return;
          }
          continue;
        }
        if (e instanceof InvalidDocumentError) {
          // Sending the same document again cannot succeed: wait for the person's next edit.
          this.dispatch({ type: 'saveFailed', message: invalidMessage(e) });
          this.keepDraft();
          return;
        }
        const wait = this.retryLater();
        this.dispatch({
          type: 'saveFailed',
          message:
            e instanceof ConflictError && e.reason === 'missing'
              ? msg('minutes.saveStatus.removed')
              : msg('minutes.saveStatus.retrying', waitValues(wait)),
        });
        this.keepDraft();
        return;
      }
    }
    // Others kept saving in between: the work is merged and kept, and sent again after a pause that
    // grows each time, so several writers stop colliding and nobody's send is given up.
    const wait = this.retryLater();
    this.dispatch({
      type: 'saveFailed',
      message: msg('minutes.saveStatus.busy', waitValues(wait)),
    });
    this.keepDraft();
  }

  /** Schedules the next send after a failure, backing off (15 s, 30 s, 1 min… up to 5 min); answers the wait. */
  private retryLater(): number {
    const first = this.o.retryMs ?? 15_000;
    const wait = Math.min(first * 2 ** this.failures, Math.max(first, MAX_RETRY_MS));
    this.failures++;
    this.schedule(wait);
    return wait;
  }

  private signedElsewhere(signed: { doc: T; version: string }, refused: { doc: T; base: T; baseVersion?: string }) {
    this.dispatch({ type: 'signedElsewhere', signed: signed.doc, version: signed.version, refused });
    this.keepDraft();
  }
}
