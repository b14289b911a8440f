import { caseKind } from '../../core/cases/case.schema';
import {
  newestShardIds,
  packShard,
  registerShardKind,
  shardOf,
  unpackShard,
  type RegisterShard,
} from '../../core/cases/registerColumns';
import type { RegisterEntry } from '../../core/cases/registerEntry';
import type { Collection, StoragePort, Stored } from '../../core/ports';
import { InvalidDocumentError } from '../../core/shared/errors';
import { retryOnConflict } from '../../core/storage/retryOnConflict';
import {
  entriesFromDocuments,
  entryFromDocuments,
  newToken,
  stillPending,
  type LoadedRegisterEntries,
  type RegisterIndexDeps,
} from './registerSources';

/**
 * The register's index packed in shards (`registerColumns.ts`): the same protocol as one entry per
 * case (mark the case's write in its shard, write the document, rebuild the case's entry into the
 * shard and remove the mark), with each shard's version tag keeping two writers of cases in the
 * same shard from losing each other's entry: the loser of a race reads the shard afresh and tries
 * again.
 */

/** Attempts at a shard write that meets another writer's newer version (cases share a shard, so races are likelier). */
const ATTEMPTS = 8;

/** A shard as read: the newest generation stored, its document if it decodes, the error if it does not. */
type ShardRead = {
  shard: number;
  /** -1 when the shard has never been written. */
  generation: number;
  stored?: Stored<RegisterShard>;
  unreadable?: InvalidDocumentError;
};

async function readNewest(
  shards: Collection<RegisterShard>,
  shard: number,
  newest: { id: string; generation: number } | undefined,
): Promise<ShardRead> {
  if (!newest) return { shard, generation: -1 };
  try {
    const stored = await shards.get(newest.id);
    return { shard, generation: newest.generation, ...(stored ? { stored } : {}) };
  } catch (e) {
    // A shard that no longer decodes is left as it is; its entries are rebuilt into the next generation.
    if (e instanceof InvalidDocumentError) return { shard, generation: newest.generation, unreadable: e };
    throw e;
  }
}

async function readShard(shards: Collection<RegisterShard>, shard: number): Promise<ShardRead> {
  return readNewest(shards, shard, newestShardIds(await shards.ids()).get(shard));
}

/** Writes a shard's new content: over the version read, or as the next generation when there was none to read. */
function writeShard(shards: Collection<RegisterShard>, read: ShardRead, next: (generation: number) => RegisterShard) {
  return read.stored
    ? shards.update(next(read.stored.doc.generation), read.stored.version)
    : shards.create(next(read.generation + 1));
}

/** Marks the case's write in its shard; a shard not there or unreadable needs no mark (its entries are rebuilt anyway). */
export async function markPendingInShard(storage: StoragePort, deps: RegisterIndexDeps, caseId: string) {
  const now = deps.clock.now();
  const token = newToken(now);
  const shards = storage.collection(registerShardKind);
  return retryOnConflict(ATTEMPTS, async () => {
    const read = await readShard(shards, shardOf(caseId));
    if (!read.stored) return token;
    const doc = read.stored.doc;
    const marked = { ...doc, pendingWrites: [...doc.pendingWrites, { caseId, token, at: now.toISOString() }] };
    await shards.update(marked, read.stored.version);
    return token;
  });
}

/**
 * Rebuilds one case's entry from its documents into its shard and removes the write's mark (and
 * marks old enough to be from writes that ended without removing theirs); the other cases' entries
 * and recent marks stay as they are. A shard for another time zone keeps only this entry: the
 * others are rebuilt when the register next opens.
 */
export async function refreshEntryInShard(
  storage: StoragePort,
  deps: RegisterIndexDeps,
  caseId: string,
  token?: string,
): Promise<RegisterEntry | undefined> {
  const shards = storage.collection(registerShardKind);
  const shard = shardOf(caseId);
  return retryOnConflict(ATTEMPTS, async () => {
    const timeZone = deps.timeZone();
    const [built, read] = await Promise.all([entryFromDocuments(storage, caseId, timeZone), readShard(shards, shard)]);
    if (!built && !read.stored) return undefined;
    const current = read.stored?.doc;
    const others =
      current && current.timeZone === timeZone ? unpackShard(current).filter((e) => e.caseId !== caseId) : [];
    const pending = stillPending(current?.pendingWrites, deps.clock.now(), token);
    await writeShard(shards, read, (generation) =>
      packShard({ shard, generation, timeZone }, built ? [...others, built] : others, pending),
    );
    return built;
  });
}

/**
 * Every case's entry, current, from the shards: a case whose entry is missing, whose shard has a
 * write under way for it, is made for another time zone or cannot be decoded is rebuilt from its
 * documents (shown at once, written back in the background, shard by shard).
 */
export async function loadEntriesFromShards(
  storage: StoragePort,
  deps: RegisterIndexDeps,
): Promise<LoadedRegisterEntries> {
  const timeZone = deps.timeZone();
  const shards = storage.collection(registerShardKind);
  const [shardIds, caseIds] = await Promise.all([shards.ids(), storage.collection(caseKind).ids()]);
  const reads = await Promise.all(
    [...newestShardIds(shardIds)].map(([shard, newest]) => readNewest(shards, shard, newest)),
  );
  const current = new Map<string, RegisterEntry>();
  for (const { stored } of reads) {
    if (!stored || stored.doc.timeZone !== timeZone) continue;
    const marked = new Set(stored.doc.pendingWrites.map((p) => p.caseId));
    for (const entry of unpackShard(stored.doc)) if (!marked.has(entry.caseId)) current.set(entry.caseId, entry);
  }
  const unreadable = reads.flatMap((r) => (r.unreadable ? [r.unreadable] : []));
  const entries: RegisterEntry[] = [];
  const stale: string[] = [];
  for (const id of caseIds) {
    const found = current.get(id);
    if (found) entries.push(found);
    else stale.push(id);
  }
  if (stale.length === 0) return { entries, written: Promise.resolve(), unreadable };

  const rebuilt = await entriesFromDocuments(storage, stale, timeZone);
  entries.push(...rebuilt);
  const written = writeBack(shards, reads, rebuilt, deps.clock.now(), timeZone);
  return { entries, written, unreadable };
}

/**
 * Writes rebuilt entries into their shards, one shard after another. A shard another writer
 * changed meanwhile is left to it (the next load rebuilds what is still missing); recent marks are
 * kept, so an entry with a write still under way stays marked.
 */
async function writeBack(
  shards: Collection<RegisterShard>,
  reads: readonly ShardRead[],
  rebuilt: readonly RegisterEntry[],
  now: Date,
  timeZone: string,
): Promise<void> {
  const readOf = new Map(reads.map((r) => [r.shard, r] as const));
  const byShard = new Map<number, RegisterEntry[]>();
  for (const entry of rebuilt) {
    const shard = shardOf(entry.caseId);
    byShard.set(shard, [...(byShard.get(shard) ?? []), entry]);
  }
  for (const [shard, fresh] of byShard) {
    const read = readOf.get(shard) ?? { shard, generation: -1 };
    const current = read.stored?.doc;
    const freshIds = new Set(fresh.map((e) => e.caseId));
    const kept =
      current && current.timeZone === timeZone ? unpackShard(current).filter((e) => !freshIds.has(e.caseId)) : [];
    try {
      await writeShard(shards, read, (generation) =>
        packShard({ shard, generation, timeZone }, [...kept, ...fresh], stillPending(current?.pendingWrites, now)),
      );
    } catch {
      // Another writer got there first, or the store is unavailable: the next load rebuilds these again.
    }
  }
}
