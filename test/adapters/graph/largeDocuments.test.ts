import {
  BODY_COLUMN_MAX,
  bodyChunks,
  ensureSite,
  GraphStore,
  listNameFor,
} from '../../../src/adapters/graph/graphStore';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import type { DocumentKind, Identified } from '../../../src/core/storage/defineDocument';
import { aCompleteDraft } from '../../core/minutes/fixtures';
import { graphOverFake, SITE_ID } from '../../fakes/graph/harness';

/** A long MAPPA B: 220 actions of 2,000 characters each (with characters outside the BMP), about 450 KB. */
function aLongMinutes(): Minutes {
  const m = aCompleteDraft();
  const first = m.actions[0]!;
  const actions = Array.from({ length: 220 }, (_, i) => ({
    ...first,
    id: `act_long_${i}`,
    text: `Action ${i}: ${'Weekly visit with the housing officer 🏠 and '.repeat(60)}`.slice(0, 1990).trim(),
  }));
  return { ...m, actions };
}

const setUp = async (faults = 0) => {
  const { fake, transport } = graphOverFake({ seed: 11 });
  await ensureSite(transport, SITE_ID, [minutesKind] as unknown as DocumentKind<Identified>[]);
  fake.randomFaultRate = faults;
  return { fake, store: new GraphStore(transport, SITE_ID) };
};

describe('long documents in Microsoft 365 mode', () => {
  it('the fake Graph refuses a multiple lines of text value over SharePoint’s 63,999 characters', async () => {
    const { transport } = graphOverFake();
    await ensureSite(transport, SITE_ID, [auditKind] as unknown as DocumentKind<Identified>[]);
    const url = `/sites/${encodeURIComponent(SITE_ID)}/lists/${encodeURIComponent(listNameFor('audit'))}/items`;
    const res = await transport.send({
      method: 'POST',
      url,
      body: { fields: { Title: 'x', DocId: 'x', Body: 'a'.repeat(BODY_COLUMN_MAX + 1) } },
      safeToRepeat: true,
    });
    expect(res.status).toBe(400);
    const ok = await transport.send({
      method: 'POST',
      url,
      body: { fields: { Title: 'y', DocId: 'y', Body: 'a'.repeat(BODY_COLUMN_MAX) } },
      safeToRepeat: true,
    });
    expect(ok.status).toBe(201);
  });

  it('splits a body into column-sized pieces without cutting a character in two', () => {
    const text = `${'a'.repeat(BODY_COLUMN_MAX - 1)}😀${'b'.repeat(10)}`;
    const chunks = bodyChunks(text);
    expect(chunks.join('')).toBe(text);
    expect(chunks.every((c) => c.length <= BODY_COLUMN_MAX)).toBe(true);
    expect(chunks[0]!.endsWith('a')).toBe(true);
  });

  it.each([0, 0.2])(
    'holds a minutes document of several hundred KB, and updates and shrinks it (fault rate %s)',
    async (faults) => {
      const { store } = await setUp(faults);
      const col = store.collection(minutesKind);
      const long = aLongMinutes();
      expect(JSON.stringify(long).length).toBeGreaterThan(400_000);
      const created = await col.create(long);
      expect((await col.get(long.id))?.doc).toEqual(long);
      const edited = {
        ...long,
        actions: long.actions.map((a, i) => (i === 219 ? { ...a, text: 'Changed at the end' } : a)),
      };
      const updated = await col.update(edited, created.version);
      expect((await col.get(long.id))?.doc.actions.at(-1)?.text).toBe('Changed at the end');
      const short = { ...edited, actions: edited.actions.slice(0, 2) };
      await col.update(short, updated.version);
      expect((await col.get(long.id))?.doc).toEqual(short);
    },
  );

  it('says plainly when a record is beyond what a list item can hold, naming no content', async () => {
    const { store } = await setUp();
    const huge = { ...aLongMinutes(), id: 'mtg_huge' };
    huge.actions = Array.from({ length: 6 }, (_, k) => huge.actions.map((a) => ({ ...a, id: `${a.id}_${k}` }))).flat();
    await expect(store.collection(minutesKind).create(huge)).rejects.toMatchObject({
      name: 'InvalidDocumentError',
      message: expect.stringContaining('a Microsoft 365 list item can hold'),
    });
  });
});
