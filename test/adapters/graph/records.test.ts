import { CASE_LIBRARY, ensureSite, MINUTES_LIBRARY } from '../../../src/adapters/graph/graphStore';
import { GraphRecords } from '../../../src/adapters/graph/graphRecords';
import { GraphStore } from '../../../src/adapters/graph/graphStore';
import { wordDocuments } from '../../../src/adapters/docx/wordDocuments';
import { archiveFinalMinutes } from '../../../src/app/records/archiveMinutes';
import { caseKind } from '../../../src/core/cases/case.schema';
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { contentOf } from '../../../src/core/minutes/minutes.schema';
import { DOCX_CONTENT_TYPE } from '../../../src/core/records/records';
import { aCompleteDraft, chair, NOW, settings } from '../../core/minutes/fixtures';
import type { FakeGraph } from '../../fakes/graph/fakeGraph';
import { graphOverFake, SITE_ID } from '../../fakes/graph/harness';
import { restrictLibrary } from '../../fakes/graph/resources/drive';
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

describe('a signed version is a record: SharePoint itself refuses to change it', () => {
  const LABEL = 'MAPPA record';

  async function recordsWorld() {
    const g = graphOverFake({
      users: [
        {
          id: 'u-out',
          displayName: 'Olly Outsider',
          mail: 'olly@example.gov.uk',
          userPrincipalName: 'olly@example.gov.uk',
          userType: 'Member',
        },
      ],
    });
    await ensureSite(g.transport, SITE_ID, storeKinds);
    restrictLibrary(g.fake, SITE_ID, CASE_LIBRARY);
    const records = new GraphRecords(g.transport, SITE_ID, clock, { recordLabel: LABEL });
    return { ...g, records };
  }
  const signedFile = (fake: FakeGraph) => {
    const drive = [...fake.drives.values()].find((d) => [...d.nodes.values()].some((n) => n.name.endsWith('.docx')))!;
    const node = [...drive.nodes.values()].find((n) => n.name.endsWith('.docx'))!;
    return { drive, node };
  };

  it('files the version in the case’s folder and declares it a record', async () => {
    const w = await recordsWorld();
    const out = await w.records.archiveMinutes('mtg_r1', 1, bytes(64, 1), 'case_r');
    expect(out.fileName).toBe('MAPPA minutes mtg_r1 v1.docx');
    expect([...w.fake.files.keys()]).toEqual([
      `${CASE_LIBRARY}/Case case_r/Signed minutes/MAPPA minutes mtg_r1 v1.docx`,
    ]);
    expect(signedFile(w.fake).node.label).toMatchObject({ name: LABEL, isRecord: true });
  });

  it('treats a retry of a version already declared a record as done, and the record keeps its first bytes', async () => {
    const w = await recordsWorld();
    await w.records.archiveMinutes('mtg_r1', 1, bytes(64, 1), 'case_r');
    const again = await w.records.archiveMinutes('mtg_r1', 1, bytes(64, 9), 'case_r');
    expect(again).toMatchObject({ meetingId: 'mtg_r1', version: 1 });
    expect(signedFile(w.fake).node.bytes).toEqual(bytes(64, 1));
  });

  it('files a version whose answer was lost once, declared a record', async () => {
    const w = await recordsWorld();
    w.fake.failNext((m, u) => m === 'PATCH' && /retentionLabel$/i.test(u), 'lost');
    await w.records.archiveMinutes('mtg_r2', 1, bytes(16, 2), 'case_r');
    expect(w.fake.files.size).toBe(1);
    expect(signedFile(w.fake).node.label?.isRecord).toBe(true);
  });

  it('the fake Graph refuses a new upload, a change to its columns and its deletion', async () => {
    const w = await recordsWorld();
    await w.records.archiveMinutes('mtg_r1', 1, bytes(64, 1), 'case_r');
    const { drive, node } = signedFile(w.fake);
    const lib = `/sites/${encodeURIComponent(SITE_ID)}/lists/${encodeURIComponent(CASE_LIBRARY)}`;
    const put = await w.transport.send({
      method: 'PUT',
      url: `${lib}/drive/root:/Case%20case_r/Signed%20minutes/MAPPA%20minutes%20mtg_r1%20v1.docx:/content?@microsoft.graph.conflictBehavior=replace`,
      headers: { 'Content-Type': DOCX_CONTENT_TYPE },
      body: new Blob([bytes(4, 3)]),
      binary: true,
      safeToRepeat: true,
    });
    const patch = await w.transport.send({
      method: 'PATCH',
      url: `${lib}/items/${node.listItemId}/fields`,
      body: { Title: 'changed' },
      safeToRepeat: true,
    });
    const del = await w.transport.send({
      method: 'DELETE',
      url: `/drives/${drive.id}/items/${node.id}`,
      safeToRepeat: true,
    });
    expect([put.status, patch.status, del.status]).toEqual([423, 423, 423]);
    expect(node.bytes).toEqual(bytes(64, 1));
  });

  it('keeps the signed file from anyone with no role on the case', async () => {
    const w = await recordsWorld();
    await w.records.archiveMinutes('mtg_r1', 1, bytes(64, 1), 'case_r');
    const { drive, node } = signedFile(w.fake);
    w.fake.me = w.fake.users.find((u) => u.id === 'u-out')!;
    const res = await w.transport.send({
      method: 'GET',
      url: `/drives/${drive.id}/items/${node.id}`,
      safeToRepeat: true,
    });
    expect(res.status).toBe(404);
  });

  it('says clearly when the tenant has no such label', async () => {
    const g = graphOverFake({ retentionLabels: [] });
    await ensureSite(g.transport, SITE_ID, storeKinds);
    const records = new GraphRecords(g.transport, SITE_ID, clock, { recordLabel: LABEL });
    await expect(records.archiveMinutes('mtg_r3', 1, bytes(4, 1), 'case_r')).rejects.toMatchObject({
      name: 'GraphCallError',
      status: 400,
    });
  });
});
