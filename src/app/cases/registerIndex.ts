import { caseKind, type Case } from '../../core/cases/case.schema';
import { caseDecisionKind, type CaseDecision } from '../../core/cases/lifecycle/caseHistory.schema';
import { screeningKind, type Screening } from '../../core/cases/lifecycle/screening';
import {
  entryIsCurrent,
  registerEntriesFor,
  registerEntryFor,
  registerEntryKind,
  type RegisterEntry,
} from '../../core/cases/registerEntry';
import { meetingKind, seriesKind, type Meeting, type PanelSeries } from '../../core/panels/series.schema';
import type { ClockPort, Collection, StoragePort, Stored } from '../../core/ports';
import { localDate } from '../../core/shared/dates';
import { ConflictError } from '../../core/shared/errors';
import type { DocumentKind, Identified } from '../../core/storage/defineDocument';

/**
 * The case register's index: one entry per case (`registerEntryKind`), kept with every write that
 * changes what the register shows, so the register reads ten thousand small entries instead of
 * decoding every case, series and meeting.
 *
 * Every write of a source document goes through `withRegisterIndex` (wired once in `src/main`, so
 * no use case can forget it): the case's entry is first marked as having a write under way, then the
 * document is written, then the entry is rebuilt from the stored documents and the mark removed.
 * A write that dies half-way leaves its mark, and `loadRegisterEntries` rebuilds a marked entry, a
 * missing one (data from before the index, or a first write whose entry was never made) and one made
 * for another time zone from the documents themselves before showing it: the register never shows
 * an entry that may be out of date.
 */

export type RegisterIndexDeps = { clock: ClockPort; timeZone: () => string };

/** A mark older than this belongs to a write that has surely ended; a rebuild (which reads the documents afresh) drops it. */
export const PENDING_EXPIRY_MS = 10 * 60_000;
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

let tokens = 0;
const newToken = (now: Date) =>
  `w_${now.getTime().toString(36)}_${(++tokens).toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

/** The storage port with the register's index kept by every write of a document it is made from. */
export function withRegisterIndex(storage: StoragePort, deps: RegisterIndexDeps): StoragePort {
  return {
    collection<T extends Identified>(kind: DocumentKind<T>): Collection<T> {
      const inner = storage.collection(kind);
      const caseOf = sourceCaseOf[kind.name] as ((doc: T) => string | undefined) | undefined;
      if (!caseOf) return inner;
      const written = async (doc: T, write: () => Promise<Stored<T>>): Promise<Stored<T>> => {
        const caseId = caseOf(doc);
        if (!caseId) return write();
        // If the mark cannot be written, neither is the document: the caller keeps the person's work.
        const token = await markPending(storage, deps, caseId);
        try {
          return await write();
        } finally {
          // Rebuilt whether or not the write landed; a rebuild that fails leaves the mark for the register to act on.
          await refreshRegisterEntry(storage, deps, caseId, token).catch(() => undefined);
        }
      };
      return {
        get: (id) => inner.get(id),
        list: (filter) => inner.list(filter),
        ids: () => inner.ids(),
        create: (doc) => written(doc, () => inner.create(doc)),
        update: (doc, expectedVersion) => written(doc, () => inner.update(doc, expectedVersion)),
      };
    },
  };
}

/** Marks the case's entry as having a write under way; no entry yet needs no mark (a missing entry is rebuilt anyway). */
async function markPending(storage: StoragePort, deps: RegisterIndexDeps, caseId: string): Promise<string> {
  const now = deps.clock.now();
  const token = newToken(now);
  const entries = storage.collection(registerEntryKind);
  for (let attempt = 1; ; attempt++) {
    const stored = await entries.get(caseId);
    if (!stored) return token;
    const marked = { ...stored.doc, pendingWrites: [...stored.doc.pendingWrites, { token, at: now.toISOString() }] };
    try {
      await entries.update(marked, stored.version);
      return token;
    } catch (e) {
      if (!(e instanceof ConflictError) || attempt >= ATTEMPTS) throw e;
    }
  }
}

/** The facts of one case, read from its own documents; undefined when the case does not exist. */
async function factsOf(storage: StoragePort, caseId: string, timeZone: string) {
  const [theCase, series, held, screenings, identified] = await Promise.all([
    storage.collection(caseKind).get(caseId),
    storage.collection(seriesKind).list({ caseId }),
    storage.collection(meetingKind).list({ caseId, status: 'held' }),
    storage.collection(screeningKind).list({ caseId }),
    storage.collection(caseDecisionKind).list({ caseId, kind: 'identified' }),
  ]);
  if (!theCase) return undefined;
  return registerEntryFor({
    theCase: theCase.doc,
    series: series.map((s) => s.doc),
    heldStarts: held.map((m) => m.doc.start),
    screenedOn: screenings.map((s) => localDate(s.doc.screenedAt, timeZone)),
    identifiedOn: identified.map((d) => localDate(d.doc.at, timeZone)),
    timeZone,
  });
}

/**
 * Rebuilds one case's entry from its documents and removes the write's mark (and marks old enough
 * to be from writes that ended without removing theirs). Other writers' recent marks are kept.
 */
export async function refreshRegisterEntry(
  storage: StoragePort,
  deps: RegisterIndexDeps,
  caseId: string,
  token?: string,
): Promise<RegisterEntry | undefined> {
  const entries = storage.collection(registerEntryKind);
  for (let attempt = 1; ; attempt++) {
    const [built, stored] = await Promise.all([factsOf(storage, caseId, deps.timeZone()), entries.get(caseId)]);
    if (!built) return undefined;
    const entry = { ...built, pendingWrites: stillPending(stored?.doc, deps.clock.now(), token) };
    try {
      await (stored ? entries.update(entry, stored.version) : entries.create(entry));
      return entry;
    } catch (e) {
      if (!(e instanceof ConflictError) || attempt >= ATTEMPTS) throw e;
    }
  }
}

const stillPending = (entry: RegisterEntry | undefined, now: Date, done?: string): RegisterEntry['pendingWrites'] =>
  (entry?.pendingWrites ?? []).filter((p) => p.token !== done && now.getTime() - Date.parse(p.at) < PENDING_EXPIRY_MS);

/** Above this many entries to rebuild, the documents are read by kind in one go rather than case by case. */
const BULK_REBUILD = 25;

export type LoadedRegisterEntries = {
  /** One current entry per case, in no particular order. */
  entries: RegisterEntry[];
  /** The rebuilt entries being written back, for whoever wants to wait for it (tests); failures are left for the next load. */
  written: Promise<void>;
};

/**
 * Every case's entry, current: entries are read as they are, and any case whose entry is missing,
 * marked or made for another time zone has its entry rebuilt from its documents (shown at once,
 * written back in the background so the next load finds it).
 */
export async function loadRegisterEntries(
  storage: StoragePort,
  deps: RegisterIndexDeps,
): Promise<LoadedRegisterEntries> {
  const timeZone = deps.timeZone();
  const [stored, caseIds] = await Promise.all([
    storage.collection(registerEntryKind).list(),
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
  if (stale.length === 0) return { entries, written: Promise.resolve() };

  const rebuilt = await rebuild(storage, stale, timeZone);
  entries.push(...rebuilt.map((r) => r.entry));
  const now = deps.clock.now();
  const written = writeBack(storage, rebuilt, byCase, now);
  return { entries, written };
}

async function rebuild(storage: StoragePort, caseIds: readonly string[], timeZone: string) {
  if (caseIds.length <= BULK_REBUILD) {
    const built = await Promise.all(caseIds.map((id) => factsOf(storage, id, timeZone)));
    return built.flatMap((entry) => (entry ? [{ entry }] : []));
  }
  // Many at once (the first load after the index arrived): one read per kind, as the register did before it.
  const wanted = new Set(caseIds);
  const [cases, series, held, screenings, identified] = await Promise.all([
    storage.collection(caseKind).list(),
    storage.collection(seriesKind).list(),
    storage.collection(meetingKind).list({ status: 'held' }),
    storage.collection(screeningKind).list(),
    storage.collection(caseDecisionKind).list({ kind: 'identified' }),
  ]);
  const docs = <D>(stored: readonly Stored<D>[]) => stored.map((s) => s.doc);
  return registerEntriesFor({
    cases: docs(cases).filter((c) => wanted.has(c.id)),
    series: docs(series),
    meetings: docs(held),
    screenings: docs(screenings).flatMap((s) =>
      s.caseId ? [{ caseId: s.caseId, screenedOn: localDate(s.screenedAt, timeZone) }] : [],
    ),
    identifications: docs(identified).map((d) => ({ caseId: d.caseId, identifiedOn: localDate(d.at, timeZone) })),
    timeZone,
  }).map((entry) => ({ entry }));
}

/**
 * Writes rebuilt entries back one after another (so a first load after an upgrade does not flood
 * the store). An entry another writer changed meanwhile is left to it; recent marks are kept, so an
 * entry with a write still under way stays marked.
 */
async function writeBack(
  storage: StoragePort,
  rebuilt: readonly { entry: RegisterEntry }[],
  before: ReadonlyMap<string, Stored<RegisterEntry>>,
  now: Date,
): Promise<void> {
  const entries = storage.collection(registerEntryKind);
  for (const { entry } of rebuilt) {
    const had = before.get(entry.caseId);
    const doc = { ...entry, pendingWrites: stillPending(had?.doc, now) };
    try {
      await (had ? entries.update(doc, had.version) : entries.create(doc));
    } catch {
      // Another writer got there first, or the store is unavailable: the next load rebuilds it again.
    }
  }
}
