import { english } from '../../../src/i18n/translator';
import JSZip from 'jszip';

import { wordDocuments } from '../../../src/adapters/docx/wordDocuments';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { protectedPeopleKind } from '../../../src/core/protection/protectedPeople.schema';
import { WITHHELD } from '../../../src/core/protection/matcher';
import { minutesDocument } from '../../../src/app/minutes/exportMinutes';
import { actionsToCsv } from '../../../src/core/actions/coordinator';
import { exportSafe } from '../../../src/core/shared/exportText';
import { anAction } from '../../builders';
import { aCompleteDraft, settings } from '../../core/minutes/fixtures';

const BAD = ['\uFFFE', '\uFFFF', '\u0000', '\u000B', '\u001F', '\u0085', '\uD800'];

describe('control characters in exports', () => {
  it('removes characters an export cannot hold and keeps the rest, emoji and line breaks included', () => {
    expect(exportSafe(`Home${BAD.join('')} visit 🏠\r\n\tnext`)).toBe('Home visit 🏠\r\n\tnext');
  });

  it('a U+FFFE pasted into the minutes still gives a readable Word file, without it', async () => {
    const m = aCompleteDraft();
    const doc = { ...m, purpose: { ...m.purpose, reason: `Scheduled\uFFFE review\u0001 of the plan` } };
    const bytes = await minutesDocument({ word: wordDocuments, settings, storage: new MemoryStore() }, doc, 'full');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Scheduled review of the plan');
    expect(BAD.some((c) => xml.includes(c))).toBe(false);
  });

  it('makes the minutes in the language asked for: Welsh, with the English marking kept', async () => {
    const bytes = await minutesDocument(
      { word: wordDocuments, settings, storage: new MemoryStore() },
      aCompleteDraft(),
      'full',
      'cy-GB',
    );
    const zip = await JSZip.loadAsync(bytes);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('cofnodion cyfarfod MAPPA');
    const header = await zip.file(/^word\/header\d*\.xml$/)[0]!.async('string');
    expect(header).toContain('SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE');
  });

  it('the executive summary withholds the case’s protected people, named anywhere in its text', async () => {
    const storage = new MemoryStore();
    const m = aCompleteDraft();
    await storage.collection(protectedPeopleKind).create({
      id: m.caseId,
      caseId: m.caseId,
      people: [
        { id: 'pp1', kind: 'victim', name: 'Rosa Fictional', aliases: [], addresses: ['3 Nowhere Lane'], emails: [] },
      ],
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
    const doc = {
      ...m,
      executiveSummary: { text: 'Contact with rosa fictional’s family is barred; 3 Nowhere Lane is excluded.' },
    };
    const bytes = await minutesDocument({ word: wordDocuments, settings, storage }, doc, 'summary');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/rosa|nowhere/i);
    expect(xml).toContain(WITHHELD);
  });

  it('the coordinator’s CSV carries no control characters either', () => {
    const csv = actionsToCsv(
      [anAction({ text: 'Visit\uFFFE weekly\u0007' })],
      { now: new Date('2026-11-20T10:00:00Z'), withinDays: 7 },
      english(),
    );
    expect(csv).toContain('Visit weekly');
    expect(BAD.some((c) => csv.includes(c))).toBe(false);
  });
});
