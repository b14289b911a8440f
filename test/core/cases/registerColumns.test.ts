import {
  REGISTER_SHARDS,
  newestShardIds,
  packShard,
  registerShardKind,
  registerShardsFor,
  shardOf,
  unpackShard,
} from '../../../src/core/cases/registerColumns';
import { registerEntryFor, type RegisterEntry } from '../../../src/core/cases/registerEntry';
import type { PanelSeries } from '../../../src/core/panels/series.schema';
import { decodeDocument, encodeDocument } from '../../../src/core/storage/defineDocument';
import { InvalidDocumentError } from '../../../src/core/shared/errors';
import { aCase, aPerson } from '../../builders';

const chair = aPerson({
  id: 'u_chair',
  name: 'Chris Chair',
  email: 'chris.chair@police.example.gov.uk',
  agency: 'police',
});
const member = aPerson({
  id: 'u_member',
  name: 'Mo Member',
  email: 'mo.member@health.example.gov.uk',
  agency: 'health',
});
const coordinator = aPerson({ id: 'u_coord', name: 'Cora Ordinator', email: 'cora@probation.example.gov.uk' });

const series: PanelSeries = {
  id: 'ser_a',
  caseId: 'case_a',
  caseReference: 'MP-2026-0101',
  level: 3,
  cadenceWeeks: 6,
  firstMeetingDate: '2026-06-01',
  startTime: '10:00',
  durationMinutes: 60,
  timeZone: 'Europe/London',
  chair,
  coordinator,
  members: [member, chair],
  status: 'active',
  createdAt: '2026-05-01T09:00:00.000Z',
};

/** Entries with and without every optional part: a disposal, teams with and without a coordinator, exit dates. */
function entries(): RegisterEntry[] {
  const full = registerEntryFor({
    theCase: aCase({
      id: 'case_a',
      reference: 'MP-2026-0101',
      level: 3,
      chair,
      members: [{ person: member, involvement: 'standing' } as never],
      disposal: { kind: 'custody', from: '2025-01-10', until: '2027-03-01', complex: true },
      exitDue: '2030-01-01',
      nextReviewDue: '2026-12-01',
    }),
    series: [series],
    heldStarts: ['2026-09-30T23:30:00.000Z'],
    screenedOn: ['2026-09-01'],
    identifiedOn: ['2026-08-01'],
    timeZone: 'Europe/London',
  });
  const bare = registerEntryFor({
    theCase: aCase({
      id: 'case_b',
      reference: 'MP-2026-0102',
      level: 1,
      status: 'exited',
      exitedAt: '2026-03-01T10:00:00.000Z',
    }),
    series: [],
    heldStarts: [],
    screenedOn: [],
    identifiedOn: [],
    timeZone: 'Europe/London',
  });
  return [full, bare];
}

describe('the register entries packed as columns', () => {
  it('gives back exactly the entries packed, through the stored form', () => {
    const packed = packShard({ shard: 3, generation: 2, timeZone: 'Europe/London' }, entries());
    const stored = JSON.parse(JSON.stringify(encodeDocument(registerShardKind, packed))) as unknown;

    const decoded = decodeDocument(registerShardKind, stored);

    expect(decoded.id).toBe('shard-3-2');
    expect(unpackShard(decoded)).toEqual(entries());
    // Each person is stored once however many teams name them.
    expect(decoded.personId).toEqual(['u_chair', 'u_coord', 'u_member']);
  });

  it('keeps the writes under way on its cases', () => {
    const pending = [{ caseId: 'case_a', token: 'w_1', at: '2026-10-01T10:00:00.000Z' }];
    const packed = packShard({ shard: 0, generation: 0, timeZone: 'UTC' }, entries(), pending);
    expect(decodeDocument(registerShardKind, encodeDocument(registerShardKind, packed)).pendingWrites).toEqual(pending);
  });

  it('puts each case in one shard, the same every time, and packs an area into the shards its cases hash to', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `case_${i}`);
    const shards = ids.map(shardOf);
    expect(shards.every((s) => Number.isInteger(s) && s >= 0 && s < REGISTER_SHARDS)).toBe(true);
    expect(ids.map(shardOf)).toEqual(shards);
    expect(new Set(shards).size).toBeGreaterThan(REGISTER_SHARDS / 2);

    const two = entries();
    const packed = registerShardsFor(two, 'Europe/London');
    expect(packed.flatMap(unpackShard).sort((a, b) => (a.caseId < b.caseId ? -1 : 1))).toEqual(two);
    for (const shard of packed) {
      expect(shard.generation).toBe(0);
      expect(shard.caseId.every((id) => shardOf(id) === shard.shard)).toBe(true);
    }
  });

  it('finds the newest generation of each shard and ignores anything else', () => {
    const newest = newestShardIds([
      'shard-1-0',
      'shard-1-2',
      'shard-1-1',
      'shard-4-0',
      'other',
      `shard-${REGISTER_SHARDS}-0`,
    ]);
    expect([...newest].sort()).toEqual([
      [1, { id: 'shard-1-2', generation: 2 }],
      [4, { id: 'shard-4-0', generation: 0 }],
    ]);
  });

  describe('refuses a stored shard that does not hold together, naming the column', () => {
    const good = () =>
      JSON.parse(
        JSON.stringify(
          encodeDocument(
            registerShardKind,
            packShard({ shard: 0, generation: 0, timeZone: 'Europe/London' }, entries()),
          ),
        ),
      ) as Record<string, unknown[]>;
    const issuesOf = (raw: unknown) => {
      try {
        decodeDocument(registerShardKind, raw);
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidDocumentError);
        return (e as InvalidDocumentError).issues.join('\n');
      }
      throw new Error('decoded');
    };

    it.each([
      [
        'a column one value short',
        (s: Record<string, unknown[]>) => s.reference!.pop(),
        /reference: has 1 values, expected 2/,
      ],
      [
        'a value of the wrong type',
        (s: Record<string, unknown[]>) => (s.level![0] = '3'),
        /level: expected a list of numbers/,
      ],
      [
        'a date that is not one',
        (s: Record<string, unknown[]>) => (s.lastPanel![0] = '1 Oct'),
        /lastPanel: .*not a date/,
      ],
      [
        'a level outside its choices',
        (s: Record<string, unknown[]>) => (s.level![0] = 7),
        /level: .*outside its choices/,
      ],
      [
        'a member who is not in the shard',
        (s: Record<string, unknown[]>) => (s.members![0] = 99),
        /members: names someone/,
      ],
      ['teams that overrun the entries', (s: Record<string, unknown[]>) => (s.teamStart![2] = 9), /teamStart/],
    ])('%s', (_what, spoil, issue) => {
      const raw = good();
      spoil(raw);
      expect(issuesOf(raw)).toMatch(issue);
    });

    it('while the same shard unspoilt decodes', () => {
      expect(unpackShard(decodeDocument(registerShardKind, good()))).toEqual(entries());
    });
  });
});
