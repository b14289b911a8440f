import { IDBFactory } from 'fake-indexeddb';

import { AreaSettingsSchema } from '../../../src/core/area/areaSettings';
import { caseKind } from '../../../src/core/cases/case.schema';
import { decodeDocument, type DocumentKind, type Identified } from '../../../src/core/storage/defineDocument';
import { IndexedDbStore } from '../../../src/adapters/local/indexedDbStore';
import { demoAreaSettings, demoDocuments, seedDemoData } from '../../../src/adapters/local/demoData';

/**
 * The demo seed writes its documents without validating them on a first start (every new person's
 * first open), so these tests are where they are checked: every demo document, on dates that cross
 * a year's end and both clock changes, with the default and a changed area, decodes with its kind's
 * schema to exactly itself, and the rows the seed writes are the rows a validated write would.
 */
const probe = caseKind as unknown as DocumentKind<Identified>;

const moments = [
  '2026-11-18T14:30:00.000Z',
  '2026-12-31T23:59:00.000Z',
  '2027-03-28T00:30:00.000Z',
  '2027-10-31T01:30:00.000Z',
  '2028-02-29T12:00:00.000Z',
].map((iso) => new Date(iso));

const areas = [
  ['the default area', demoAreaSettings()],
  ['an area with its own cadence', AreaSettingsSchema.parse({ cadenceWeeks: { level2: 8, level3: 4 } })],
] as const;

type Row = { key: string; collection: string; id: string; version: number; body: unknown; idx: string[] };

async function rowsOf(databaseName: string, factory: IDBFactory): Promise<Row[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = factory.open(databaseName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const rows = await new Promise<Row[]>((resolve, reject) => {
    const all = db.transaction('documents').objectStore('documents').getAll();
    all.onsuccess = () => resolve(all.result as Row[]);
    all.onerror = () => reject(all.error);
  });
  db.close();
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

describe('the demo documents, which a first start writes without validating them', () => {
  describe.each(areas)('in %s', (_, settings) => {
    it.each(moments)('each decodes with its kind’s schema to exactly itself (now %p)', (now) => {
      const docs = demoDocuments(now, settings);
      expect(docs.length).toBeGreaterThan(0);
      for (const { kind, doc } of docs) {
        const parsed = kind.schema.safeParse(doc);
        // The kind and id say which document failed, and the issues why.
        expect([kind.name, doc.id, parsed.success ? [] : parsed.error.issues]).toEqual([kind.name, doc.id, []]);
        // Nothing dropped, defaulted or transformed: what the seed stores is what a validated write would.
        expect([kind.name, parsed.data]).toStrictEqual([kind.name, doc]);
        expect(decodeDocument(kind, { ...doc, schemaVersion: kind.version })).toStrictEqual(doc);
      }
    });
  });

  it('has no two documents of one kind with the same id', () => {
    const keys = demoDocuments(moments[0]!, demoAreaSettings()).map(({ kind, doc }) => `${kind.name}/${doc.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is stored in the same rows, with the same index and order keys, as the validated bulk write', async () => {
    const now = moments[0]!;
    const settings = demoAreaSettings();
    const factory = new IDBFactory();
    const seededStore = new IndexedDbStore({ factory, databaseName: 'seeded' });
    expect((await seedDemoData({ storage: seededStore, clock: { now: () => now }, settings })).seeded).toBe(true);
    await seededStore.close();
    const validatedStore = new IndexedDbStore({ factory, databaseName: 'validated' });
    expect(await validatedStore.createAllIfEmpty(probe, demoDocuments(now, settings))).toBe(true);
    await validatedStore.close();

    const seeded = await rowsOf('seeded', factory);
    const validated = await rowsOf('validated', factory);
    expect(seeded.length).toBe(demoDocuments(now, settings).length);
    expect(seeded).toEqual(validated);
    // The kinds' orders are among the keys, so pages in those orders read from the index alone.
    expect(seeded.some((row) => row.idx.some((key) => key.includes('|@')))).toBe(true);
  });

  it('is not written over a store that already holds cases', async () => {
    const factory = new IDBFactory();
    const store = new IndexedDbStore({ factory });
    const docs = demoDocuments(moments[0]!, demoAreaSettings());
    expect(await store.seedTrustedDemoIfEmpty(probe, docs)).toBe(true);
    expect(await store.seedTrustedDemoIfEmpty(probe, docs)).toBe(false);
    expect((await store.collection(caseKind).list()).length).toBe(
      docs.filter((d) => d.kind.name === caseKind.name).length,
    );
    await store.close();
  });
});
