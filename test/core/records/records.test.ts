import { IDBFactory } from 'fake-indexeddb';

import { IndexedDbStore } from '../../../src/adapters/local/indexedDbStore';
import { LocalRecords, toBase64 } from '../../../src/adapters/local/localRecords';
import { minutesAtVersion } from '../../../src/app/records/archiveMinutes';
import { contentOf } from '../../../src/core/minutes/minutes.schema';
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { archivedMinutesKind, minutesFileName } from '../../../src/core/records/records';
import { aCompleteDraft, chair, NOW } from '../minutes/fixtures';

describe('minutes file names', () => {
  it('carry the meeting id and version and nothing SharePoint refuses', () => {
    expect(minutesFileName('mtg_ser_case_1_l2_2026-02-02_m03', 2)).toBe(
      'MAPPA minutes mtg_ser_case_1_l2_2026-02-02_m03 v2.docx',
    );
    expect(minutesFileName('a:b*c"d<e>f|g\\h\u0001', 1)).toBe('MAPPA minutes a-b-c-d-e-f-g-h- v1.docx');
    expect(() => minutesFileName('mtg', 0)).toThrow(RangeError);
    expect(() => minutesFileName('...', 1)).toThrow(RangeError);
  });
});

describe('local records', () => {
  it('keep each filed version in IndexedDB, replacing the same version on a retry', async () => {
    const storage = new IndexedDbStore({ factory: new IDBFactory() });
    let t = Date.parse('2026-11-20T10:00:00Z');
    const records = new LocalRecords(storage, { now: () => new Date((t += 1000)) });
    const out = await records.archiveMinutes('mtg_1', 1, new Uint8Array([80, 75, 3, 4]));
    expect(out).toEqual({ meetingId: 'mtg_1', version: 1, fileName: 'MAPPA minutes mtg_1 v1.docx' });
    await records.archiveMinutes('mtg_1', 1, new Uint8Array([80, 75, 9, 9]));
    await records.archiveMinutes('mtg_1', 2, new Uint8Array([80, 75, 5, 5]));
    const kept = (await storage.collection(archivedMinutesKind).list({ meetingId: 'mtg_1' })).map((s) => s.doc);
    expect(kept.map((k) => [k.version, k.base64]).sort()).toEqual([
      [1, toBase64(new Uint8Array([80, 75, 9, 9]))],
      [2, toBase64(new Uint8Array([80, 75, 5, 5]))],
    ]);
  });

  it('encode large files to base64 correctly', () => {
    const big = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});

describe('the minutes as a version stood', () => {
  it('takes that version’s content and history, so version 1 reads as signed after a correction', () => {
    const f = finalise(aCompleteDraft(), chair, NOW);
    if (!f.ok) throw new Error('expected final');
    const before = contentOf(f.value);
    const changed = { ...before, meetingDetails: { ...before.meetingDetails, venue: 'Teams (moved)' } };
    const c = correct(f.value, changed, 'Venue', chair, new Date(NOW.getTime() + 60_000));
    if (!c.ok) throw new Error('expected a correction');
    const v1 = minutesAtVersion(c.value, 1);
    expect(v1.versions).toHaveLength(1);
    expect(v1.status).toBe('final');
    expect(v1).toMatchObject({ id: c.value.id, caseId: c.value.caseId });
    expect(JSON.stringify(v1)).not.toContain('Teams (moved)');
    expect(JSON.stringify(minutesAtVersion(c.value, 2))).toContain('Teams (moved)');
    expect(() => minutesAtVersion(c.value, 3)).toThrow(/no version 3/);
  });
});
