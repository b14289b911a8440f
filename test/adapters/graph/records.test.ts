import { ensureSite, MINUTES_LIBRARY } from '../../../src/adapters/graph/graphStore';
import { GraphRecords } from '../../../src/adapters/graph/graphRecords';
import { GraphStore } from '../../../src/adapters/graph/graphStore';
import { wordDocuments } from '../../../src/adapters/docx/wordDocuments';
import { archiveFinalMinutes } from '../../../src/app/records/archiveMinutes';
import { caseKind } from '../../../src/core/cases/case.schema';
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { contentOf } from '../../../src/core/minutes/minutes.schema';
import { DOCX_CONTENT_TYPE } from '../../../src/core/records/records';
import { aCompleteDraft, chair, NOW, settings } from '../../core/minutes/fixtures';
import { graphOverFake, SITE_ID } from '../../fakes/graph/harness';
import { storeKinds } from '../../fakes/graph/scenario';

const clock = { now: () => new Date('2026-11-20T10:00:00Z') };
const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

async function world() {
  const g = graphOverFake();
  await ensureSite(g.transport, SITE_ID, storeKinds);
  return { ...g, records: new GraphRecords(g.transport, SITE_ID, clock) };
}

describe('finalised minutes in the area site’s minutes library', () => {
  it('uploads the .docx under the meeting id and version, and a retry replaces the same file', async () => {
    const w = await world();
    const first = await w.records.archiveMinutes('mtg_case_1_m03', 1, bytes(2048, 7));
    expect(first).toMatchObject({
      meetingId: 'mtg_case_1_m03',
      version: 1,
      fileName: 'MAPPA minutes mtg_case_1_m03 v1.docx',
      webUrl: expect.stringMatching(/^https:\/\//),
    });
    await w.records.archiveMinutes('mtg_case_1_m03', 1, bytes(2048, 8));
    expect([...w.fake.files.keys()]).toEqual([`${MINUTES_LIBRARY}/Minutes 2026/MAPPA minutes mtg_case_1_m03 v1.docx`]);
    const file = [...w.fake.files.values()][0]!;
    expect(file).toMatchObject({ version: 2, contentType: DOCX_CONTENT_TYPE });
    expect(file.bytes).toEqual(bytes(2048, 8));
  });

  it('files a lost answer’s upload once, sent on its own even beside other requests', async () => {
    const w = await world();
    const store = new GraphStore(w.transport, SITE_ID);
    w.fake.faults.push('lost');
    const [archived] = await Promise.all([
      w.records.archiveMinutes('mtg_2', 2, bytes(10, 1)),
      store.collection(caseKind).list({ status: 'active' }),
    ]);
    expect(archived.fileName).toBe('MAPPA minutes mtg_2 v2.docx');
    expect(w.fake.files.size).toBe(1);
    expect(w.fake.recorded.some((r) => r.route === 'driveItem-content')).toBe(false); // no JSON body
  });

  it('keeps file names to what SharePoint accepts', async () => {
    const w = await world();
    const out = await w.records.archiveMinutes('urg:case/1?', 1, bytes(4, 1));
    expect(out.fileName).toBe('MAPPA minutes urg-case-1- v1.docx');
    expect(w.fake.files.size).toBe(1);
  });

  it('says clearly when the library refuses the upload', async () => {
    const g = graphOverFake(); // no site set up: the library is missing
    const records = new GraphRecords(g.transport, SITE_ID, clock);
    await expect(records.archiveMinutes('mtg_3', 1, bytes(4, 1))).rejects.toMatchObject({
      name: 'GraphCallError',
      status: 404,
    });
  });

  it('renders the signed version as Word and files it, each correction as its own version', async () => {
    const w = await world();
    const f = finalise(aCompleteDraft(), chair, NOW);
    if (!f.ok) throw new Error('expected final');
    const c = correct(f.value, { ...contentOf(f.value) }, 'Typo in the plan', chair, new Date(NOW.getTime() + 60_000));
    if (!c.ok) throw new Error('expected a correction');
    const v1 = await archiveFinalMinutes({ records: w.records, settings, word: wordDocuments }, c.value, 1);
    const v2 = await archiveFinalMinutes({ records: w.records, settings, word: wordDocuments }, c.value);
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(w.fake.files.size).toBe(2);
    for (const f of w.fake.files.values()) {
      expect(Buffer.from(f.bytes.subarray(0, 2)).toString('latin1')).toBe('PK'); // a .docx is a zip
      expect(f.name).toContain(c.value.id);
    }
  });

  it('refuses to file minutes that are not final', async () => {
    const w = await world();
    await expect(
      archiveFinalMinutes({ records: w.records, settings, word: wordDocuments }, aCompleteDraft()),
    ).rejects.toThrow(/Only finalised minutes/);
    expect(w.fake.files.size).toBe(0);
  });
});
