import { caseKind, type Case } from '../../core/cases/case.schema';
import { caseDecisionKind, type CaseDecision } from '../../core/cases/lifecycle/caseHistory.schema';
import { screeningKind, type Screening } from '../../core/cases/lifecycle/screening';
import { entryIsCurrent, registerEntryKind, type RegisterEntry } from '../../core/cases/registerEntry';
import { meetingKind, seriesKind, type Meeting, type PanelSeries } from '../../core/panels/series.schema';
import type { Collection, StoragePort, Stored } from '../../core/ports';
import { InvalidDocumentError } from '../../core/shared/errors';
import { retryOnConflict } from '../../core/storage/retryOnConflict';
import type { DocumentKind, Identified } from '../../core/storage/defineDocument';
import { loadEntriesFromShards, markPendingInShard, refreshEntryInShard } from './registerShards';
import {
  entriesFromDocuments,
  entryFromDocuments,
  newToken,
  stillPending,
  type LoadedRegisterEntries,
  type RegisterIndexDeps,
} from './registerSources';

export { PENDING_EXPIRY_MS } from './registerSources';
export type { LoadedRegisterEntries, RegisterIndexDeps } from './registerSources';

/**
 * The case register's index: one entry per case, kept with every write that changes what the
 * register shows, so the register reads small entries instead of decoding every case, series and
 * meeting. Two layouts, chosen where the storage is wired (`src/main`):
 *
 * - `perCase` (Microsoft 365): one `registerEntryKind` document per case, in the case's own folder,
 *   so SharePoint shows it to exactly those who may open the case.
 * - `packed` (local mode, where the store is one person's own): the entries packed as columns in a
 *   few shards (`registerShards.ts`), decoded as a few dozen arrays rather than one object per case.
 *
 * Every write of a source document goes through `withRegisterIndex` (wired once in `src/main`, so
 * no use case can forget it): the case's entry is first marked as having a write under way, then the
 * document is written, then the entry is rebuilt from the stored documents and the mark removed.
 * A write that dies half-way leaves its mark, and `loadRegisterEntries` rebuilds a marked entry, a
 * missing one (data from before the index, or a first write whose entry was never made), one made
 * for another time zone and one that no longer decodes from the documents themselves before showing
 * it: the register never shows an entry that may be out of date.
 */

export type RegisterLayout = 'perCase' | 'packed';
export type RegisterIndexOptions = RegisterIndexDeps & { layout?: RegisterLayout };

/** Attempts at an entry write that meets another writer's newer version. */
const ATTEMPTS = 4;

/** The case whose entry a written document changes, if it changes one. */
const sourceCaseOf: Record<string, (doc: never) => string | undefined> = {
  [caseKind.name]: (c: Case) => c.id,
  [seriesKind.name]: (s: PanelSeries) => s.caseId,
  // The register shows only held panels; a meeting is never un-held, so only writes of held meetings count.
  [meetingKind.name]: (m: Meeting) => (m.status === 'held' ? m.caseId : undefined),
  [screeningKind.name]: (s: Screening) => s.caseId,
  [caseDecisionKind.name]: (d: CaseDecision) => (d.kind === 'identified' ? d.caseId : undefined),
};

/** Which layout each wrapped storage keeps, so the register reads the index the writes keep. */
const layouts = new WeakMap<StoragePort, RegisterLayout>();

/** The layout of the index a storage keeps; storage not wrapped by `withRegisterIndex` is read as one entry per case. */
export const registerLayoutOf = (storage: StoragePort): RegisterLayout => layouts.get(storage) ?? 'perCase';

/** The storage port with the register's index kept by every write of a document it is made from. */
export function withRegisterIndex(storage: StoragePort, options: RegisterIndexOptions): StoragePort {
  const { layout = 'perCase', ...deps } = options;
  const mark = layout === 'packed' ? markPendingInShard : markPendingEntry;
  const refresh = layout === 'packed' ? refreshEntryInShard : refreshRegisterEntry;
  const wrapped: StoragePort = {
    collection<T extends Identified>(kind: DocumentKind<T>): Collection<T> {
      const inner = storage.collection(kind);
      const caseOf = sourceCaseOf[kind.name] as ((doc: T) => string | undefined) | undefined;
      if (!caseOf) return inner;
      const written = async (doc: T, write: () => Promise<Stored<T>>): Promise<Stored<T>> => {
        const caseId = caseOf(doc);
        if (!caseId) return write();
        // If the mark cannot be written, neither is the document: the caller keeps the person's work.
        const token = await mark(storage, deps, caseId);
        try {
          return await write();
        } finally {
          // Rebuilt whether or not the write landed; a rebuild that fails leaves the mark for the register to act on.
          await refresh(storage, deps, caseId, token).catch(() => undefined);
        }
      };
      return {
        get: (id) => inner.get(id),
        list: (filter) => inner.list(filter),
        ids: () => inner.ids(),
        page: (request) => inner.page(request),
        create: (doc) => written(doc, () => inner.create(doc)),
        update: (doc, expectedVersion) => written(doc, () => inner.update(doc, expectedVersion)),
      };
    },
  };
  layouts.set(wrapped, layout);
  return wrapped;
}

/** Marks the case's entry as having a write under way; no entry yet needs no mark (a missing entry is rebuilt anyway). */
async function markPendingEntry(storage: StoragePort, deps: RegisterIndexDeps, caseId: string): Promise<string> {
  const now = deps.clock.now();
  const token = newToken(now);
  const entries = storage.collection(registerEntryKind);
  return retryOnConflict(ATTEMPTS, async () => {
    const stored = await entries.get(caseId);
    if (!stored) return token;
    const marked = { ...stored.doc, pendingWrites: [...stored.doc.pendingWrites, { token, at: now.toISOString() }] };
    await entries.update(marked, stored.version);
    return token;
  });
}

/**
 * Rebuilds one case's entry (one document per case) from its documents and removes the write's
 * mark (and marks old enough to be from writes that ended without removing theirs). Other writers'
 * recent marks are kept.
 */
export async function refreshRegisterEntry(
  storage: StoragePort,
  deps: RegisterIndexDeps,
  caseId: string,
  token?: string,
): Promise<RegisterEntry | undefined> {
  const entries = storage.collection(registerEntryKind);
  return retryOnConflict(ATTEMPTS, async () => {
    const [built, stored] = await Promise.all([
      entryFromDocuments(storage, caseId, deps.timeZone()),
      entries.get(caseId),
    ]);
    if (!built) return undefined;
    const entry = { ...built, pendingWrites: stillPending(stored?.doc.pendingWrites, deps.clock.now(), token) };
    await (stored ? entries.update(entry, stored.version) : entries.create(entry));
    return entry;
  });
}

/**
 * Every case's entry, current, from the index the storage keeps: entries are read as they are, and
 * any case whose entry is missing, marked, made for another time zone or unreadable has its entry
 * rebuilt from its documents (shown at once, written back in the background so the next load
 * finds it).
 */
export async function loadRegisterEntries(
  storage: StoragePort,
  deps: RegisterIndexDeps,
): Promise<LoadedRegisterEntries> {
  if (registerLayoutOf(storage) === 'packed') return loadEntriesFromShards(storage, deps);
  const timeZone = deps.timeZone();
  const unreadable: InvalidDocumentError[] = [];
  const [stored, caseIds] = await Promise.all([
    storage
      .collection(registerEntryKind)
      .list()
      .catch((e: unknown) => {
        // One entry that no longer decodes: every entry is rebuilt from the documents, and nothing is overwritten.
        if (!(e instanceof InvalidDocumentError)) throw e;
        unreadable.push(e);
        return [];
      }),
    storage.collection(caseKind).ids(),
  ]);
  const byCase = new Map(stored.map((s) => [s.doc.caseId, s] as const));
  const entries: RegisterEntry[] = [];
  const stale: string[] = [];
  for (const id of caseIds) {
    const found = byCase.get(id);
    if (found && entryIsCurrent(found.doc, timeZone)) entries.push(found.doc);
    else stale.push(id);
  }
  if (stale.length === 0) return { entries, written: Promise.resolve(), unreadable };

  const rebuilt = await entriesFromDocuments(storage, stale, timeZone);
  entries.push(...rebuilt);
  // An unreadable list leaves the versions unknown: nothing is written over what could not be read.
  const written = unreadable.length ? Promise.resolve() : writeBack(storage, rebuilt, byCase, deps.clock.now());
  return { entries, written, unreadable };
}

/**
 * Writes rebuilt entries back one after another (so a first load after an upgrade does not flood
 * the store). An entry another writer changed meanwhile is left to it; recent marks are kept, so an
 * entry with a write still under way stays marked.
 */
async function writeBack(
  storage: StoragePort,
  rebuilt: readonly RegisterEntry[],
  before: ReadonlyMap<string, Stored<RegisterEntry>>,
  now: Date,
): Promise<void> {
  const entries = storage.collection(registerEntryKind);
  for (const entry of rebuilt) {
    const had = before.get(entry.caseId);
    const doc = { ...entry, pendingWrites: stillPending(had?.doc.pendingWrites, now) };
    try {
      await (had ? entries.update(doc, had.version) : entries.create(doc));
    } catch {
      // Another writer got there first, or the store is unavailable: the next load rebuilds it again.
    }
  }
}
