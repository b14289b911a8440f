import type { MergeConflict } from '../../core/minutes/merge';
import { msg, type Message } from '../../i18n/message';

/**
 * What the person sees about their work: `saved`, `unsaved` (kept on this device, not yet in the
 * store), `saving`, `failed` (kept on this device; the store refused or could not be reached) and
 * `conflict` (someone else changed the same field; they choose) and `signed` (the document was
 * signed elsewhere while this edit was pending: the signed version is shown, the edit is kept on this
 * device to offer as a correction or discard).
 */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict' | 'signed';

/** A draft another tab of this device left and did not send (the tab was closed first): offered back, never dropped unseen. */
export type OrphanDraft = { key: string; at: string };

export type AutosaveState<T> = {
  phase: 'loading' | 'ready' | 'error';
  doc?: T;
  base?: T;
  baseVersion?: string;
  status: SaveStatus;
  conflicts: MergeConflict[];
  /** A plain-language message for `failed` or `error`. */
  message?: Message;
  /** True when the document was restored from a draft on this device. */
  restored: boolean;
  /** With `signed`: the person's edit the signed document refused, and what it was made against. */
  refused?: { doc: T; base: T; baseVersion?: string };
  /** Drafts of closed tabs waiting for the person to bring them in or discard them. */
  orphans: OrphanDraft[];
};

export type AutosaveEvent<T> =
  | { type: 'loaded'; doc: T; base: T; baseVersion?: string; fromDraft: boolean; conflicts?: MergeConflict[] }
  | { type: 'loadFailed'; message: Message }
  | { type: 'edited'; doc: T; conflicts?: MergeConflict[] }
  | { type: 'saveStarted' }
  | { type: 'saved'; sent: T; stored: T; version: string }
  | { type: 'saveFailed'; message: Message }
  | { type: 'rebased'; doc: T; base: T; baseVersion: string; conflicts: MergeConflict[] }
  | { type: 'resolved'; doc: T; conflict: MergeConflict }
  | { type: 'signedElsewhere'; signed: T; version: string; refused: { doc: T; base: T; baseVersion?: string } }
  | { type: 'refusedSettled'; doc: T; base: T; baseVersion: string }
  | { type: 'orphansFound'; orphans: OrphanDraft[] }
  | { type: 'orphanAdopted'; key: string; doc: T; conflicts: MergeConflict[] }
  | { type: 'orphanDiscarded'; key: string }
  | { type: 'conflictsChanged'; conflicts: MergeConflict[] };

export const initialAutosaveState = <T>(): AutosaveState<T> => ({
  phase: 'loading',
  status: 'saved',
  conflicts: [],
  restored: false,
  orphans: [],
});

export function autosaveReducer<T>(s: AutosaveState<T>, e: AutosaveEvent<T>): AutosaveState<T> {
  switch (e.type) {
    case 'loaded':
      return {
        ...s,
        phase: 'ready',
        doc: e.doc,
        base: e.base,
        baseVersion: e.baseVersion,
        conflicts: e.conflicts ?? [],
        status: e.conflicts?.length ? 'conflict' : e.fromDraft ? 'unsaved' : 'saved',
        restored: e.fromDraft,
        message: undefined,
      };
    case 'loadFailed':
      return { ...s, phase: 'error', message: e.message };
    case 'edited':
      return {
        ...s,
        doc: e.doc,
        conflicts: e.conflicts ?? s.conflicts,
        status: s.status === 'conflict' || s.status === 'signed' ? s.status : 'unsaved',
      };
    case 'saveStarted':
      return { ...s, status: 'saving', message: undefined };
    case 'saved': {
      // Edits made while the save was in flight stay unsaved and go with the next send.
      // The local document stays as typed (the store may trim text), so nothing re-renders and a
      // trailing space being typed is not taken away; the stored copy becomes the merge base.
      const current = s.doc === e.sent;
      return {
        ...s,
        base: e.stored,
        baseVersion: e.version,
        status: current ? 'saved' : 'unsaved',
        restored: current ? false : s.restored,
      };
    }
    case 'saveFailed':
      return { ...s, status: 'failed', message: e.message };
    case 'rebased':
      return {
        ...s,
        doc: e.doc,
        base: e.base,
        baseVersion: e.baseVersion,
        conflicts: e.conflicts,
        status: e.conflicts.length ? 'conflict' : 'unsaved',
      };
    case 'resolved': {
      const conflicts = s.conflicts.filter((c) => c !== e.conflict);
      return { ...s, doc: e.doc, conflicts, status: conflicts.length ? 'conflict' : 'unsaved' };
    }
    case 'signedElsewhere':
      return {
        ...s,
        doc: e.signed,
        base: e.signed,
        baseVersion: e.version,
        conflicts: [],
        status: 'signed',
        refused: e.refused,
        message: undefined,
      };
    case 'refusedSettled':
      return { ...s, doc: e.doc, base: e.base, baseVersion: e.baseVersion, status: 'saved', refused: undefined };
    case 'orphansFound':
      return { ...s, orphans: e.orphans };
    case 'orphanAdopted':
      return {
        ...s,
        doc: e.doc,
        conflicts: e.conflicts,
        status: e.conflicts.length ? 'conflict' : s.status === 'signed' ? s.status : 'unsaved',
        orphans: s.orphans.filter((o) => o.key !== e.key),
      };
    case 'conflictsChanged':
      return {
        ...s,
        conflicts: e.conflicts,
        status: e.conflicts.length
          ? s.status === 'signed'
            ? s.status
            : 'conflict'
          : s.status === 'conflict'
            ? 'unsaved'
            : s.status,
      };
    case 'orphanDiscarded':
      return { ...s, orphans: s.orphans.filter((o) => o.key !== e.key) };
  }
}

export const saveStatusText: Record<SaveStatus, Message> = {
  saved: msg('minutes.saveStatus.saved'),
  unsaved: msg('minutes.saveStatus.unsaved'),
  saving: msg('minutes.saveStatus.saving'),
  failed: msg('minutes.saveStatus.failed'),
  conflict: msg('minutes.saveStatus.conflict'),
  signed: msg('minutes.saveStatus.signed'),
};
