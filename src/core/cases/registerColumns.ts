import { z } from 'zod';

import { agencies, type Agency } from '../people/agency';
import { defineDocument } from '../storage/defineDocument';
import { seriesStates, type RegisterEntry } from './registerEntry';
import { lazySchema } from '../shared/lazySchema';

/**
 * The register's entries packed as columns: each shard holds the entries of the cases whose ids
 * hash to it, one array of plain values per field, so ten thousand entries are validated as a few
 * dozen arrays rather than as ten thousand objects. zod 4 validates object by object, and in the
 * browser it cannot compile its fast path (the pages' Content Security Policy forbids `eval`), so
 * decoding one object per entry was most of the register's load.
 *
 * Used where one store holds the whole area for one person (local mode). In Microsoft 365 each
 * entry stays in its case's folder (`registerEntryKind`), because a document shared by many cases
 * would show every nominal's name to anyone who can read it.
 *
 * A shard's id is `shard-<number>-<generation>`. Only the newest generation of a shard is read; a
 * shard that no longer decodes is left as it is and replaced by the next generation, so nothing
 * stored is overwritten unread and the entries are rebuilt from the cases.
 */
export const REGISTER_SHARDS = 16;

/** A write under way on a case of this shard: while listed, that case's entry is rebuilt before use. */
const PendingSchema = lazySchema(() => z.object({ caseId: z.string(), token: z.string(), at: z.string() }));
export type PendingWrite = z.infer<typeof PendingSchema>;

/**
 * A column: an array checked as a whole by one plain loop. `z.array(z.string())` would run zod's
 * element schema once per value, which is the per-object cost over again.
 */
const column = <T>(what: string, isValue: (v: unknown) => boolean) =>
  z.custom<T[]>((v) => Array.isArray(v) && v.every(isValue), { message: `expected a list of ${what}` });
const strings = lazySchema(() => column<string>('texts', (v) => typeof v === 'string'));
const numbers = lazySchema(() => column<number>('numbers', (v) => typeof v === 'number'));
const booleans = lazySchema(() => column<boolean>('true or false values', (v) => typeof v === 'boolean'));

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const categories = new Set<unknown>([1, 2, 3, 4]);
const levels = new Set<unknown>([1, 2, 3]);
const agencyNames = new Set<unknown>(Object.keys(agencies));
const statuses = new Set<unknown>(['active', 'exited']);
const states = new Set<unknown>(seriesStates);
const disposalKinds = new Set<unknown>([
  '',
  'custody',
  'community',
  'hospital',
  'guardianship',
  'caution',
  'conditionalDischarge',
]);

/** Per-entry columns; `''` stands for a field the entry does not have. */
const entryColumns = {
  caseId: strings,
  reference: strings,
  name: strings,
  dateOfBirth: strings,
  category: numbers,
  level: numbers,
  leadAgency: strings,
  status: strings,
  createdOn: strings,
  exitedOn: strings,
  chair: strings,
  nominalInCustody: booleans,
  disposalKind: strings,
  disposalFrom: strings,
  disposalUntil: strings,
  disposalComplex: booleans,
  disposalNotified: booleans,
  seriousCaseReview: booleans,
  mediaInterest: booleans,
  exitDue: strings,
  decidedReview: strings,
  seriesState: strings,
  firstMeetingDate: strings,
  lastPanel: strings,
  screenedOn: strings,
  identifiedOn: strings,
  /** Where each entry's teams start in the team columns; one more than there are entries. */
  teamStart: numbers,
};
type EntryColumn = keyof typeof entryColumns;

const requiredDates: EntryColumn[] = ['dateOfBirth', 'createdOn'];
const optionalDates: EntryColumn[] = [
  'exitedOn',
  'disposalUntil',
  'exitDue',
  'decidedReview',
  'firstMeetingDate',
  'lastPanel',
  'screenedOn',
  'identifiedOn',
];
const memberOf: Array<[EntryColumn, Set<unknown>]> = [
  ['category', categories],
  ['level', levels],
  ['leadAgency', agencyNames],
  ['status', statuses],
  ['seriesState', states],
  ['disposalKind', disposalKinds],
];

export const RegisterShardSchema = lazySchema(() =>
  z
    .object({
      id: z.string().min(1),
      shard: z.number().int().min(0),
      generation: z.number().int().min(0),
      /** The area time zone the entries' local dates were taken in; a shard for another zone is rebuilt. */
      timeZone: z.string(),
      pendingWrites: z.array(PendingSchema),
      ...entryColumns,
      /** Each team (a live series, or the active case's own chair and members): indexes into the people columns. */
      teamChair: numbers,
      /** -1 where the team has no coordinator. */
      teamCoordinator: numbers,
      /** Where each team's members start in `members`; one more than there are teams. */
      memberStart: numbers,
      members: numbers,
      /** The shard's people, each once. */
      personId: strings,
      personName: strings,
      personEmail: strings,
      personAgency: strings,
    })
    .superRefine((s, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const n = s.caseId.length;
      for (const column of Object.keys(entryColumns) as EntryColumn[]) {
        const expected = column === 'teamStart' ? n + 1 : n;
        if (s[column].length !== expected) issue(column, `has ${s[column].length} values, expected ${expected}`);
      }
      for (const column of requiredDates) {
        if (!(s[column] as string[]).every((d) => DATE.test(d))) issue(column, 'holds a value that is not a date');
      }
      for (const column of optionalDates) {
        if (!(s[column] as string[]).every((d) => d === '' || DATE.test(d))) {
          issue(column, 'holds a value that is not a date');
        }
      }
      for (const [column, allowed] of memberOf) {
        if (!(s[column] as unknown[]).every((v) => allowed.has(v))) issue(column, 'holds a value outside its choices');
      }
      if (!s.disposalKind.every((kind, i) => kind === '' || DATE.test(s.disposalFrom[i] ?? ''))) {
        issue('disposalFrom', 'holds a value that is not a date');
      }
      const people = s.personId.length;
      for (const column of ['personName', 'personEmail', 'personAgency'] as const) {
        if (s[column].length !== people) issue(column, `has ${s[column].length} values, expected ${people}`);
      }
      if (!s.personAgency.every((a) => agencyNames.has(a))) issue('personAgency', 'holds a value outside its choices');
      const teams = s.teamChair.length;
      if (!offsets(s.teamStart, teams)) issue('teamStart', 'does not divide the teams between the entries');
      if (s.teamCoordinator.length !== teams) issue('teamCoordinator', `expected ${teams} values`);
      if (s.memberStart.length !== teams + 1 || !offsets(s.memberStart, s.members.length)) {
        issue('memberStart', 'does not divide the members between the teams');
      }
      const person = (i: number) => Number.isInteger(i) && i >= 0 && i < people;
      if (!s.teamChair.every(person)) issue('teamChair', 'names someone not in the shard');
      if (!s.teamCoordinator.every((i) => i === -1 || person(i))) {
        issue('teamCoordinator', 'names someone not in the shard');
      }
      if (!s.members.every(person)) issue('members', 'names someone not in the shard');
    }),
);
export type RegisterShard = z.infer<typeof RegisterShardSchema>;

/** Whether `starts` runs from 0 to `total` without going back. */
function offsets(starts: readonly number[], total: number): boolean {
  if (starts[0] !== 0 || starts[starts.length - 1] !== total) return false;
  for (let i = 1; i < starts.length; i++) {
    if (!Number.isInteger(starts[i]) || starts[i]! < starts[i - 1]!) return false;
  }
  return true;
}

export const registerShardKind = defineDocument<RegisterShard>({
  name: 'registerShards',
  version: 1,
  schema: RegisterShardSchema,
  migrations: {},
  indexes: {},
});

/** The shard a case's entry lives in: a stable hash of its id (FNV-1a). */
export function shardOf(caseId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < caseId.length; i++) {
    hash ^= caseId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % REGISTER_SHARDS;
}

export const registerShardId = (shard: number, generation: number) => `shard-${shard}-${generation}`;

/** The newest generation of each shard among the stored ids (others are older or not shards). */
export function newestShardIds(ids: readonly string[]): Map<number, { id: string; generation: number }> {
  const newest = new Map<number, { id: string; generation: number }>();
  for (const id of ids) {
    const match = /^shard-(\d+)-(\d+)$/.exec(id);
    if (!match) continue;
    const shard = Number(match[1]);
    const generation = Number(match[2]);
    if (shard >= REGISTER_SHARDS) continue;
    const known = newest.get(shard);
    if (!known || generation > known.generation) newest.set(shard, { id, generation });
  }
  return newest;
}

type Team = RegisterEntry['people'][number];
type PersonRef = Team['chair'];

/** Packs entries (all of one shard) into the shard's document. */
export function packShard(
  place: { shard: number; generation: number; timeZone: string },
  entries: readonly RegisterEntry[],
  pendingWrites: readonly PendingWrite[] = [],
): RegisterShard {
  const columns = Object.fromEntries(Object.keys(entryColumns).map((c) => [c, [] as unknown[]])) as {
    [K in EntryColumn]: unknown[];
  };
  const personIndex = new Map<string, number>();
  const person = { id: [] as string[], name: [] as string[], email: [] as string[], agency: [] as string[] };
  const indexOf = (p: PersonRef) => {
    const key = `${p.id}\n${p.name}\n${p.email}\n${p.agency}`;
    let i = personIndex.get(key);
    if (i === undefined) {
      i = person.id.length;
      personIndex.set(key, i);
      person.id.push(p.id);
      person.name.push(p.name);
      person.email.push(p.email);
      person.agency.push(p.agency);
    }
    return i;
  };
  const teamChair: number[] = [];
  const teamCoordinator: number[] = [];
  const memberStart: number[] = [0];
  const members: number[] = [];
  columns.teamStart.push(0);
  for (const e of entries) {
    const d = e.disposal;
    const values: Omit<{ [K in EntryColumn]: unknown }, 'teamStart'> = {
      caseId: e.caseId,
      reference: e.reference,
      name: e.name,
      dateOfBirth: e.dateOfBirth,
      category: e.category,
      level: e.level,
      leadAgency: e.leadAgency,
      status: e.status,
      createdOn: e.createdOn,
      exitedOn: e.exitedOn ?? '',
      chair: e.chair ?? '',
      nominalInCustody: e.nominalInCustody,
      disposalKind: d?.kind ?? '',
      disposalFrom: d?.from ?? '',
      disposalUntil: d?.until ?? '',
      disposalComplex: d?.complex ?? false,
      disposalNotified: d?.notified ?? false,
      seriousCaseReview: e.seriousCaseReview,
      mediaInterest: e.mediaInterest,
      exitDue: e.exitDue ?? '',
      decidedReview: e.decidedReview ?? '',
      seriesState: e.seriesState,
      firstMeetingDate: e.firstMeetingDate ?? '',
      lastPanel: e.lastPanel ?? '',
      screenedOn: e.screenedOn ?? '',
      identifiedOn: e.identifiedOn ?? '',
    };
    for (const [column, value] of Object.entries(values)) columns[column as EntryColumn].push(value);
    for (const team of e.people) {
      teamChair.push(indexOf(team.chair));
      teamCoordinator.push(team.coordinator ? indexOf(team.coordinator) : -1);
      for (const m of team.members) members.push(indexOf(m));
      memberStart.push(members.length);
    }
    columns.teamStart.push(teamChair.length);
  }
  return {
    id: registerShardId(place.shard, place.generation),
    shard: place.shard,
    generation: place.generation,
    timeZone: place.timeZone,
    pendingWrites: [...pendingWrites],
    ...(columns as unknown as Pick<RegisterShard, EntryColumn>),
    teamChair,
    teamCoordinator,
    memberStart,
    members,
    personId: person.id,
    personName: person.name,
    personEmail: person.email,
    personAgency: person.agency,
  };
}

/** The entries a (validated) shard holds, with the shard's time zone and no writes pending on the entries themselves. */
export function unpackShard(s: RegisterShard): RegisterEntry[] {
  const people: PersonRef[] = s.personId.map((id, i) => ({
    id,
    name: s.personName[i]!,
    email: s.personEmail[i]!,
    agency: s.personAgency[i] as Agency,
  }));
  const teams: Team[] = s.teamChair.map((chair, t) => {
    const coordinator = s.teamCoordinator[t]!;
    return {
      chair: people[chair]!,
      ...(coordinator >= 0 ? { coordinator: people[coordinator]! } : {}),
      members: s.members.slice(s.memberStart[t], s.memberStart[t + 1]).map((m) => people[m]!),
    };
  });
  // Fields assigned one by one, absent ones left out: spreading a small object per optional field
  // was most of the cost of unpacking ten thousand entries.
  const entries: RegisterEntry[] = new Array(s.caseId.length);
  for (let i = 0; i < s.caseId.length; i++) {
    const caseId = s.caseId[i]!;
    const entry: RegisterEntry = {
      id: caseId,
      caseId,
      timeZone: s.timeZone,
      pendingWrites: [],
      reference: s.reference[i]!,
      name: s.name[i]!,
      dateOfBirth: s.dateOfBirth[i]!,
      category: s.category[i] as RegisterEntry['category'],
      level: s.level[i] as RegisterEntry['level'],
      leadAgency: s.leadAgency[i] as Agency,
      status: s.status[i] as RegisterEntry['status'],
      createdOn: s.createdOn[i]!,
      nominalInCustody: s.nominalInCustody[i]!,
      seriousCaseReview: s.seriousCaseReview[i]!,
      mediaInterest: s.mediaInterest[i]!,
      seriesState: s.seriesState[i] as RegisterEntry['seriesState'],
      people: teams.slice(s.teamStart[i], s.teamStart[i + 1]),
    };
    const kind = s.disposalKind[i] as NonNullable<RegisterEntry['disposal']>['kind'] | '';
    if (kind) {
      const disposal: NonNullable<RegisterEntry['disposal']> = {
        kind,
        from: s.disposalFrom[i]!,
        complex: s.disposalComplex[i]!,
        notified: s.disposalNotified[i]!,
      };
      if (s.disposalUntil[i]) disposal.until = s.disposalUntil[i];
      entry.disposal = disposal;
    }
    if (s.exitedOn[i]) entry.exitedOn = s.exitedOn[i];
    if (s.chair[i]) entry.chair = s.chair[i];
    if (s.exitDue[i]) entry.exitDue = s.exitDue[i];
    if (s.decidedReview[i]) entry.decidedReview = s.decidedReview[i];
    if (s.firstMeetingDate[i]) entry.firstMeetingDate = s.firstMeetingDate[i];
    if (s.lastPanel[i]) entry.lastPanel = s.lastPanel[i];
    if (s.screenedOn[i]) entry.screenedOn = s.screenedOn[i];
    if (s.identifiedOn[i]) entry.identifiedOn = s.identifiedOn[i];
    entries[i] = entry;
  }
  return entries;
}

/** Every shard (generation 0) holding the given entries, as a first write or the demo's seed makes them. */
export function registerShardsFor(entries: readonly RegisterEntry[], timeZone: string): RegisterShard[] {
  const byShard = new Map<number, RegisterEntry[]>();
  for (const e of entries) {
    const shard = shardOf(e.caseId);
    const list = byShard.get(shard);
    if (list) list.push(e);
    else byShard.set(shard, [e]);
  }
  return [...byShard].map(([shard, list]) => packShard({ shard, generation: 0, timeZone }, list));
}
