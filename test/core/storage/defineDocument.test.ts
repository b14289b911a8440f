import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { caseKind } from '../../../src/core/cases/case.schema';
import { decodeDocument, defineDocument, encodeDocument } from '../../../src/core/storage/defineDocument';
import { InvalidDocumentError } from '../../../src/core/shared/errors';
import { aCase } from '../../builders';

const frozenV1 = JSON.parse(readFileSync(join(__dirname, '../../fixtures/documents/case.v1.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('versioned documents', () => {
  it('migrates a case stored by version 1 to the current form', () => {
    const current = decodeDocument(caseKind, frozenV1);
    expect(current.nominal.identifiers).toEqual({ pnc: '84/123456X', visor: 'VS-000417' });
    expect(current.nominal).not.toHaveProperty('visorRef');
    expect(current.reference).toBe('MP-2025-0417');
  });

  it('opens a frozen old document through a store and saves it back at the current version', async () => {
    const store = new MemoryStore();
    store.putRaw('cases', 'case_frozen_v1', { ...frozenV1, schemaVersion: 1 });
    const cases = store.collection(caseKind);
    const stored = await cases.get('case_frozen_v1');
    expect(stored?.doc.nominal.identifiers.visor).toBe('VS-000417');
    const saved = await cases.update({ ...stored!.doc, level: 3 }, stored!.version);
    expect(saved.doc.level).toBe(3);
  });

  it('writes the current schema version', () => {
    expect(encodeDocument(caseKind, aCase()).schemaVersion).toBe(caseKind.version);
  });

  it('names the path of each invalid field and never echoes its value', () => {
    const bad = { ...encodeDocument(caseKind, aCase()), category: 7, nominal: { ...aCase().nominal, name: '' } };
    try {
      decodeDocument(caseKind, bad);
      throw new Error('expected a failure');
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidDocumentError);
      const message = (e as Error).message;
      expect(message).toMatch(/category/);
      expect(message).toMatch(/nominal\.name/);
      expect(message).not.toMatch(/Jordan Testcase/);
    }
  });

  it('refuses a document from a newer release rather than guessing', () => {
    expect(() => decodeDocument(caseKind, { ...frozenV1, schemaVersion: 99 })).toThrow(/unknown schemaVersion/);
  });

  it('refuses to define a kind with a gap in its migrations', () => {
    expect(() =>
      defineDocument({ name: 'gappy', version: 3, schema: caseKind.schema, migrations: { 1: (d) => d }, indexes: {} }),
    ).toThrow(/no migration from version 2/);
  });
});
