import { sayRecordText } from '../../../src/core/disclosure/disclosureRecord';
import {
  jobcentrePlusKind,
  jobcentrePlusPrintout,
  jobcentrePlusRecordId,
} from '../../../src/core/disclosure/jobcentrePlusRecord';
import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator, english } from '../../../src/i18n/translator';

const notification = {
  identity: { name: 'John Example', dateOfBirth: '1988-03-04', nationalInsuranceNumber: 'QQ123456C' },
  restrictions: [
    { kind: 'work' as const, description: 'Any work with children under 18', until: '2028-06-30' },
    { kind: 'training' as const, description: 'Courses held in schools', until: '2027-01-31' },
  ],
  riskToStaff: 'yes' as const,
};

const record = {
  id: jobcentrePlusRecordId('case_1'),
  caseId: 'case_1',
  notification,
  recordedBy: { id: 'u_chair', name: 'Cara Chair' },
  recordedAt: '2026-11-20T10:00:00.000Z',
};

describe('MAPPA J record', () => {
  it('is one document per case that holds only what MAPPA J allows', () => {
    expect(jobcentrePlusKind.schema.safeParse(record).success).toBe(true);
    expect(jobcentrePlusRecordId('case_1')).not.toBe(jobcentrePlusRecordId('case_2'));
    expect(jobcentrePlusKind.indexes.caseId!(record)).toBe('case_1');
    const withOffence = { ...record, notification: { ...notification, offence: 'Sexual assault' } };
    expect(jobcentrePlusKind.schema.safeParse(withOffence).success).toBe(false);
    const withVictim = {
      ...record,
      notification: { ...notification, identity: { ...notification.identity, victim: 'A' } },
    };
    expect(jobcentrePlusKind.schema.safeParse(withVictim).success).toBe(false);
  });

  it('prints identity, each restriction with its end date and the risk to staff, marked OFFICIAL-SENSITIVE', () => {
    const p = jobcentrePlusPrintout(notification, 'MP-2026-0001');
    const t = english();
    expect(p.marking).toBe('OFFICIAL-SENSITIVE');
    expect(t(p.title)).toBe('MAPPA J: notification to Jobcentre Plus');
    expect(p.rows.map((r) => ({ label: t(r.label), value: sayRecordText(t, r.value) }))).toEqual([
      { label: 'MAPPA reference', value: 'MP-2026-0001' },
      { label: 'Name', value: 'John Example' },
      { label: 'Date of birth', value: '4 March 1988' },
      { label: 'National Insurance number', value: 'QQ123456C' },
      { label: 'Restriction 1: work', value: 'Any work with children under 18 (until 30 June 2028)' },
      { label: 'Restriction 2: training', value: 'Courses held in schools (until 31 January 2027)' },
      { label: 'Risk to Jobcentre Plus staff', value: 'Yes: contact the MAPPA coordinator before any appointment' },
    ]);
  });

  it('says the printout in Welsh, dates included, leaving the data as it was entered', () => {
    const p = jobcentrePlusPrintout({ ...notification, riskToStaff: 'no' }, 'MP-2026-0001');
    const t = createTranslator('cy-GB', cy);
    const rows = p.rows.map((r) => [t(r.label), sayRecordText(t, r.value)]);
    expect(t(p.title)).toBe('MAPPA J: hysbysiad i’r Ganolfan Byd Gwaith');
    expect(rows).toContainEqual(['Dyddiad geni', '4 Mawrth 1988']);
    expect(rows).toContainEqual(['Cyfyngiad 2: hyfforddiant', 'Courses held in schools (tan 31 Ionawr 2027)']);
    expect(rows).toContainEqual(['Risg i staff y Ganolfan Byd Gwaith', 'Ni nodwyd risg i staff']);
  });
});
