import { caseKind } from '../../core/cases/case.schema';
import { caseDecisionKind } from '../../core/cases/lifecycle/caseHistory.schema';
import { screeningKind } from '../../core/cases/lifecycle/screening';
import { registerEntriesFor, registerEntryFor, type RegisterEntry } from '../../core/cases/registerEntry';
import { meetingKind, seriesKind } from '../../core/panels/series.schema';
import type { ClockPort, StoragePort, Stored } from '../../core/ports';
import { localDate } from '../../core/shared/dates';
import type { InvalidDocumentError } from '../../core/shared/errors';

/**
 * The register's entries rebuilt from the documents they are made from, whichever way the index
 * keeps them (one document per case, or packed in shards): the one place an entry is read back
 * from the cases, series, held meetings, screenings and identifications.
 */

export type RegisterIndexDeps = { clock: ClockPort; timeZone: () => string };

export type LoadedRegisterEntries = {
  /** One current entry per case, in no particular order. */
  entries: RegisterEntry[];
  /** The rebuilt entries being written back, for whoever wants to wait for it (tests); failures are left for the next load. */
  written: Promise<void>;
  /** Stored index documents that no longer decode: their cases' entries were rebuilt from the documents, and nothing was overwritten. */
  unreadable: InvalidDocumentError[];
};

/** A mark older than this belongs to a write that has surely ended; a rebuild (which reads the documents afresh) drops it. */
export const PENDING_EXPIRY_MS = 10 * 60_000;

/** The marks still to honour: not the finished write's own, nor any old enough to be from a write that died. */
export const stillPending = <P extends { token: string; at: string }>(
  marks: readonly P[] | undefined,
  now: Date,
  done?: string,
): P[] => (marks ?? []).filter((p) => p.token !== done && now.getTime() - Date.parse(p.at) < PENDING_EXPIRY_MS);

let tokens = 0;
/** A token naming one write, unique enough to tell two writers' marks apart. */
export const newToken = (now: Date) =>
  `w_${now.getTime().toString(36)}_${(++tokens).toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

/** The entry of one case, read from its own documents; undefined when the case does not exist. */
export async function entryFromDocuments(
  storage: StoragePort,
  caseId: string,
  timeZone: string,
): Promise<RegisterEntry | undefined> {
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

/** Above this many entries to rebuild, the documents are read by kind in one go rather than case by case. */
const BULK_REBUILD = 25;

/** The entries of the given cases, rebuilt from their documents (cases that do not exist are left out). */
export async function entriesFromDocuments(
  storage: StoragePort,
  caseIds: readonly string[],
  timeZone: string,
): Promise<RegisterEntry[]> {
  if (caseIds.length <= BULK_REBUILD) {
    const built = await Promise.all(caseIds.map((id) => entryFromDocuments(storage, id, timeZone)));
    return built.filter((entry): entry is RegisterEntry => entry !== undefined);
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
  });
}
