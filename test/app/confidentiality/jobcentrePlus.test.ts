import JSZip from 'jszip';

import {
  exportJobcentrePlusNotification,
  readJobcentrePlusNotification,
  saveJobcentrePlusNotification,
} from '../../../src/app/confidentiality/jobcentrePlus';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { seriesKind } from '../../../src/core/panels/series.schema';
import { aPerson } from '../../builders';
import { aSeries } from '../../fakes/graph/scenario';
import { TestApp } from '../../support/testApp';

const chair = aPerson({ id: 'u_chair', name: 'Cara Chair', agency: 'police', email: 'cara@police.example.gov.uk' });
const member = aPerson({ id: 'u_mem', name: 'Mo Member', agency: 'housing', email: 'mo@housing.example.gov.uk' });

async function app(as = chair) {
  const a = TestApp.create().as(as);
  await a.store
    .collection(seriesKind)
    .create(aSeries({ id: 'ser_1', caseId: 'case_1', chair, members: [member], status: 'active' }));
  return a.services;
}

const notification = (description: string) => ({
  identity: { name: 'John Example', dateOfBirth: '1988-03-04' },
  restrictions: [{ kind: 'work', description, until: '2028-06-30' }],
  riskToStaff: 'no',
});

describe('MAPPA J notification', () => {
  it('refuses offence details in a restriction until it is rewritten, then saves it per case and audits it', async () => {
    const s = await app();
    await expect(
      saveJobcentrePlusNotification(s, {
        caseId: 'case_1',
        notification: notification('No work with children because of his conviction'),
      }),
    ).rejects.toMatchObject({ category: 'refused', message: expect.stringMatching(/rewrite it without offence/) });
    expect(await readJobcentrePlusNotification(s, 'case_1')).toBeUndefined();

    const saved = await saveJobcentrePlusNotification(s, {
      caseId: 'case_1',
      meetingId: 'mtg_1',
      notification: notification('Any work with children under 18'),
    });
    expect((await readJobcentrePlusNotification(s, 'case_1'))?.doc).toMatchObject({
      caseId: 'case_1',
      meetingId: 'mtg_1',
      notification: { restrictions: [{ description: 'Any work with children under 18' }] },
      recordedBy: { id: 'u_chair' },
    });
    const updated = await saveJobcentrePlusNotification(s, {
      caseId: 'case_1',
      notification: { ...notification('Any work with children under 18'), riskToStaff: 'yes' },
      version: saved.version,
    });
    expect(updated.doc.notification.riskToStaff).toBe('yes');
    const audit = (await s.storage.collection(auditKind).list({ caseId: 'case_1' })).map((a) => a.doc);
    expect(audit.filter((a) => a.verb === 'disclosure')).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('children under 18');
  });

  it('refuses a panel member who is not the chair', async () => {
    const s = await app(member);
    await expect(
      saveJobcentrePlusNotification(s, { caseId: 'case_1', notification: notification('Taxi driving') }),
    ).rejects.toMatchObject({ category: 'refused' });
  });

  it('exports as Word marked OFFICIAL-SENSITIVE on every page, audited', async () => {
    const s = await app();
    const { doc } = await saveJobcentrePlusNotification(s, {
      caseId: 'case_1',
      notification: notification('Any work with children under 18'),
    });
    const file = await exportJobcentrePlusNotification(s, { record: doc, caseReference: 'MP-2026-0001', how: 'docx' });
    expect(file?.name).toBe('MP-2026-0001-MAPPA-J-OFFICIAL-SENSITIVE.docx');
    const zip = await JSZip.loadAsync(file!.bytes);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('MAPPA J: notification to Jobcentre Plus');
    expect(body).toContain('Any work with children under 18 (until 30 June 2028)');
    for (const part of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))) {
      expect(await zip.file(part)!.async('string')).toContain('OFFICIAL-SENSITIVE');
    }
    const exports = (await s.storage.collection(auditKind).list({ caseId: 'case_1' }))
      .map((a) => a.doc)
      .filter((a) => a.verb === 'export');
    expect(exports).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ what: 'MAPPA J notification (docx)' }) }),
    ]);
  });
});
