import { english } from '../../../src/i18n/translator';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { encodeDocument } from '../../../src/core/storage/defineDocument';
import {
  emptyDisclosureDecision,
  type DisclosureDecisionInput,
} from '../../../src/core/disclosure/disclosureDecision.schema';
import { coordinatorReport, disclosureRecord, sayRecordText } from '../../../src/core/disclosure/disclosureRecord';
import { JobcentrePlusNotificationSchema, MediaDisclosureSchema } from '../../../src/core/disclosure/specialChannels';
import { ageOn, validateDisclosure, type DisclosureContext } from '../../../src/core/disclosure/validateDisclosure';
import { aPerson } from '../../builders';
import { completeDisclosure } from '../confidentiality/fixtures';

const yj = aPerson({ id: 'u_yj', name: 'Yan Youth', agency: 'youthJustice' });
const cs = aPerson({ id: 'u_cs', name: 'Cas Children', agency: 'childrensServices' });
const adult: DisclosureContext = {
  nominal: { dateOfBirth: '1990-04-12', childSexOffender: false },
  meetingDate: '2026-11-20',
  attendeesPresent: [aPerson()],
};

describe('disclosure decision', () => {
  it('"disclose" is saved only when every checklist item is answered', () => {
    expect(validateDisclosure(completeDisclosure(), adult)).toEqual({ ok: true, missing: [], prompts: [] });
    const r = validateDisclosure({ ...emptyDisclosureDecision('dis_2', 'disclose'), reasons: 'x' }, adult);
    expect(r.ok).toBe(false);
    const items = new Set(r.missing.map((m) => m.item));
    for (const i of ['D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D11', 'D12', 'D13', 'D14']) expect(items).toContain(i);
  });

  it.each([
    ['lawfulBasis', { lawfulBasis: undefined }],
    ['necessity', { necessity: ' ' }],
    ['proportionality', { proportionality: '' }],
    [
      'accuracy.recipientIdentified',
      { accuracy: { factsChecked: true, offenderIdentified: true, recipientIdentified: false } },
    ],
    ['alternatives', { alternatives: [{ alternative: 'Supervised self-disclosure', whyRejected: '' }] }],
    ['riskToOffender', { riskToOffender: '' }],
    ['representations.summary', { representations: { sought: 'yes' } }],
    ['representations.exception', { representations: { sought: 'no' } }],
    ['offenderTold.reasonNotTold', { offenderTold: { told: 'no', recipientInformedOffenderNotTold: true } }],
    [
      'offenderTold.recipientInformedOffenderNotTold',
      { offenderTold: { told: 'no', reasonNotTold: 'Would raise the risk' } },
    ],
    ['information', { information: '' }],
    ['recipient', { recipient: { name: 'Pat Partner', role: '' } }],
    ['when', { when: undefined }],
    ['method', { method: undefined }],
    ['recipientContact', { recipientContact: { name: 'PC Dana Public' } }],
  ] as [string, Partial<DisclosureDecisionInput>][])('blocks a missing %s', (field, over) => {
    const r = validateDisclosure(completeDisclosure(over), adult);
    expect(r.ok).toBe(false);
    expect(r.missing.map((m) => m.field)).toContain(field);
  });

  it('accepts a listed exception instead of representations', () => {
    expect(
      validateDisclosure(completeDisclosure({ representations: { sought: 'no', exception: 'imminentRisk' } }), adult)
        .ok,
    ).toBe(true);
  });

  it('needs the chair’s recorded permission for anything beyond the agreed content', () => {
    const extra = { information: 'His car registration' };
    expect(validateDisclosure(completeDisclosure({ additionalInformation: [extra] }), adult).missing[0]?.field).toBe(
      'additionalInformation.0',
    );
    const permitted = { ...extra, chairPermission: { by: 'Cara Chair', at: '2026-11-20T11:00:00Z' } };
    expect(validateDisclosure(completeDisclosure({ additionalInformation: [permitted] }), adult).ok).toBe(true);
  });

  it('"not needed" needs its reason too', () => {
    expect(validateDisclosure(emptyDisclosureDecision('d'), adult).missing.map((m) => m.field)).toEqual(['reasons']);
    expect(
      validateDisclosure({ ...emptyDisclosureDecision('d'), reasons: 'No identified third party at risk' }, adult).ok,
    ).toBe(true);
  });

  it('prompts the child-sex-offender presumption and needs a defensible reason not to disclose', () => {
    const cso = { ...adult, nominal: { ...adult.nominal, childSexOffender: true } };
    const notNeeded = { ...emptyDisclosureDecision('d'), reasons: 'Not needed' };
    const r = validateDisclosure(notNeeded, cso);
    expect(r.prompts[0] && english()(r.prompts[0])).toMatch(/presumption/);
    expect(r.missing.map((m) => m.field)).toContain('childSexOffenderPresumption.applies');
    expect(
      validateDisclosure({ ...notNeeded, childSexOffenderPresumption: { applies: 'yes', note: '' } }, cso).missing[0]
        ?.field,
    ).toBe('childSexOffenderPresumption.note');
    expect(
      validateDisclosure(
        {
          ...notNeeded,
          childSexOffenderPresumption: { applies: 'yes', note: 'Children already protected by a court order' },
        },
        cso,
      ).ok,
    ).toBe(true);
    expect(validateDisclosure(completeDisclosure({ childSexOffenderPresumption: { applies: 'yes' } }), cso).ok).toBe(
      true,
    );
    expect(validateDisclosure(emptyDisclosureDecision('d'), adult).prompts).toEqual([]);
  });

  it('computes age on the meeting date', () => {
    expect(ageOn('2008-11-21', '2026-11-20')).toBe(17);
    expect(ageOn('2008-11-20', '2026-11-20')).toBe(18);
    expect(ageOn('2008-12-01', '2026-11-20')).toBe(17);
  });

  it('records no decision for a nominal under 18 unless senior youth justice and children’s services are present', () => {
    const youth = { ...adult, nominal: { ...adult.nominal, dateOfBirth: '2009-06-01' }, attendeesPresent: [yj, cs] };
    const notNeeded = { ...emptyDisclosureDecision('d'), reasons: 'Not needed' };
    expect(validateDisclosure(notNeeded, youth).missing.map((m) => m.item)).toEqual(['D10', 'D10']);
    const withReps = { ...notNeeded, seniorRepresentatives: { youthJustice: 'u_yj', childrensServices: 'u_cs' } };
    expect(validateDisclosure(withReps, youth).ok).toBe(true);
    // recorded but not present, or present under the wrong agency
    expect(validateDisclosure(withReps, { ...youth, attendeesPresent: [yj] }).ok).toBe(false);
    expect(
      validateDisclosure(
        { ...notNeeded, seniorRepresentatives: { youthJustice: 'u_cs', childrensServices: 'u_cs' } },
        youth,
      ).ok,
    ).toBe(false);
    expect(validateDisclosure(completeDisclosure(), youth).ok).toBe(false);
  });

  it('reports the decoding problem instead of throwing on bad input', () => {
    const r = validateDisclosure({ id: 'd', outcome: 'maybe', reasons: 'x' }, adult);
    expect(r.ok).toBe(false);
    expect(r.missing[0]?.field).toBe('outcome');
    // Said through the catalogue, never zod's English.
    expect(r.missing[0] && english()(r.missing[0].message)).toBe('Choose one of the options given.');
  });
});

describe('disclosure record and report', () => {
  it('prints what was agreed, marked OFFICIAL-SENSITIVE, with both signatures and no reasoning or victim detail', () => {
    const d = completeDisclosure({
      reasons: 'VICTIM-DETAIL lives at 1 Example Road',
      additionalInformation: [
        { information: 'Unapproved extra' },
        { information: 'Car registration', chairPermission: { by: 'Cara Chair', at: '2026-11-20T11:00:00Z' } },
      ],
    });
    const rec = disclosureRecord(d, 'MP-2026-0001');
    const t = english();
    expect(rec.marking).toBe('OFFICIAL-SENSITIVE');
    expect(rec.signatures).toHaveLength(2);
    const text = JSON.stringify({
      rows: rec.rows.map((r) => [t(r.label), sayRecordText(t, r.value)]),
      notes: rec.recipientNotes.map((n) => t(n)),
    });
    expect(text).toContain('Further information, with the chair’s permission');
    expect(text).toContain('Car registration (permitted by Cara Chair)');
    expect(text).toContain(d.information);
    expect(text).toContain('Car registration');
    expect(text).not.toContain('Unapproved extra');
    expect(text).not.toContain('VICTIM-DETAIL');
    expect(text).not.toContain(d.necessity);
  });

  it('reports to the coordinator with a message that carries no content, and an audit event', () => {
    const d = completeDisclosure();
    const { mail, audit } = coordinatorReport({
      decision: d,
      caseId: 'case_1',
      caseReference: 'MP-2026-0001',
      coordinatorEmail: 'coord@probation.example.gov.uk',
      actor: { id: 'u_chair', name: 'Cara Chair' },
      at: new Date('2026-11-20T12:00:00Z'),
      auditId: 'aud_9',
    });
    expect(mail.to).toEqual(['coord@probation.example.gov.uk']);
    expect(mail.idempotencyKey).toBe('disclosure-report:dis_1');
    const said = [english()(mail.subject), english()(mail.body)].join('\n');
    expect(said).toContain('Disclosure recorded: MP-2026-0001');
    for (const s of [d.information, d.recipient.name, d.reasons]) expect(said).not.toContain(s);
    expect(() => encodeDocument(auditKind, audit)).not.toThrow();
    expect(audit).toMatchObject({ verb: 'disclosure', subject: { id: 'dis_1' }, detail: { lawfulBasis: 'cjaS327A' } });
  });
});

describe('special channels', () => {
  const mappaJ = {
    identity: { name: 'Jordan Testcase', dateOfBirth: '1990-04-12', nationalInsuranceNumber: 'qq123456c' },
    restrictions: [{ kind: 'work', description: 'Any work with children', until: '2031-04-01' }],
    riskToStaff: 'no',
  };

  it('MAPPA J accepts identity, restricted work or training with an end date, and risk to staff', () => {
    const r = JobcentrePlusNotificationSchema.safeParse(mappaJ);
    expect(r.success).toBe(true);
    expect(r.data?.identity.nationalInsuranceNumber).toBe('QQ123456C');
  });

  it.each([
    ['an offence', { ...mappaJ, offence: 'Sexual assault' }],
    ['an address in identity', { ...mappaJ, identity: { ...mappaJ.identity, address: '1 Example Road' } }],
    ['a victim note on a restriction', { ...mappaJ, restrictions: [{ ...mappaJ.restrictions[0], victim: 'Name' }] }],
    [
      'a restriction with no end date',
      { ...mappaJ, restrictions: [{ kind: 'work', description: 'Any work with children' }] },
    ],
    ['no restriction', { ...mappaJ, restrictions: [] }],
    ['a health note', { ...mappaJ, health: 'Schizophrenia' }],
  ])('MAPPA J rejects %s', (_, value) => {
    expect(JobcentrePlusNotificationSchema.safeParse(value).success).toBe(false);
  });

  const media = {
    id: 'med_1',
    caseId: 'case_1',
    decisionMaker: { name: 'Supt Sam Senior', rank: 'superintendent' },
    includesPhotograph: false,
    information: 'Name and that he is wanted on recall',
    reasons: 'Whereabouts unknown; high risk to the public',
    decidedAt: '2026-11-20T12:00:00Z',
  };

  it('a media disclosure records the senior police decision-maker', () => {
    expect(MediaDisclosureSchema.safeParse(media).success).toBe(true);
    expect(
      MediaDisclosureSchema.safeParse({ ...media, decisionMaker: { name: '', rank: 'superintendent' } }).success,
    ).toBe(false);
    expect(
      MediaDisclosureSchema.safeParse({ ...media, decisionMaker: { name: 'Insp Ian', rank: 'inspector' } }).success,
    ).toBe(false);
  });

  it('a photograph needs an Assistant Chief Constable or above', () => {
    const r = MediaDisclosureSchema.safeParse({ ...media, includesPhotograph: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Assistant Chief Constable/);
    expect(
      MediaDisclosureSchema.safeParse({
        ...media,
        includesPhotograph: true,
        decisionMaker: { name: 'ACC Alex Example', rank: 'assistantChiefConstable' },
      }).success,
    ).toBe(true);
  });
});
