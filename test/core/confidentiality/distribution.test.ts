import { english } from '../../../src/i18n/translator';
import { auditKind } from '../../../src/core/audit/audit.schema';
import {
  distributionAuditEvent,
  isApprovedAddress,
  mailboxKey,
  planDistribution,
} from '../../../src/core/confidentiality/distribution';
import { isPrivacyShortcut } from '../../../src/core/confidentiality/privacy';
import { encodeDocument } from '../../../src/core/storage/defineDocument';

const settings = { approvedSecureDomains: ['probation.example.gov.uk', 'pnn.example.police.uk', 'nhs.example.net'] };

describe('distribution', () => {
  it('sends only to addresses on the approved secure domains, and subdomains of them', () => {
    expect(isApprovedAddress('Olly.OM@Probation.Example.Gov.UK', settings.approvedSecureDomains)).toBe(true);
    expect(isApprovedAddress('pc@northshire.pnn.example.police.uk', settings.approvedSecureDomains)).toBe(true);
    expect(isApprovedAddress('a@evilprobation.example.gov.uk', settings.approvedSecureDomains)).toBe(false);
    expect(isApprovedAddress('a@probation.example.gov.uk.attacker.example', settings.approvedSecureDomains)).toBe(
      false,
    );
    expect(isApprovedAddress('someone@gmail.example.com', settings.approvedSecureDomains)).toBe(false);
    expect(isApprovedAddress('not an address', settings.approvedSecureDomains)).toBe(false);
  });

  it('refuses everyone when no domain is approved', () => {
    const plan = planDistribution([{ name: 'A', email: 'a@probation.example.gov.uk' }], { approvedSecureDomains: [] });
    expect(plan.send).toEqual([]);
    expect(plan.refused[0]?.reason).toBe('notApprovedDomain');
  });

  it('recognises a flagged victim behind a +tag, another case, invisible characters or a trailing dot', () => {
    const flags = { emails: ['jo.victim@nhs.example.net'] };
    for (const email of [
      'jo.victim+minutes@nhs.example.net',
      'JO.Victim@NHS.example.net.',
      'jo.vic\u200Btim@nhs.example.net',
      ' ｊｏ.victim@nhs.example.net',
    ]) {
      const plan = planDistribution([{ name: 'Jo', email }], settings, flags);
      expect({ email, refused: plan.refused.map((r) => r.reason), send: plan.send }).toEqual({
        email,
        refused: ['victim'],
        send: [],
      });
    }
    expect(mailboxKey('a.b+x@googlemail.com')).toBe(mailboxKey('A.B@gmail.com'));
    expect(mailboxKey('someone.else@nhs.example.net')).not.toBe(mailboxKey('jo.victim@nhs.example.net'));
  });

  it('never sends to a person flagged as a victim, even on an approved domain', () => {
    const plan = planDistribution(
      [
        { id: 'u1', name: 'Staff Victim', email: 'sv@probation.example.gov.uk' },
        { name: 'By address', email: 'BA@nhs.example.net' },
        { id: 'u3', name: 'Olly OM', email: 'olly@probation.example.gov.uk' },
      ],
      settings,
      { personIds: ['u1'], emails: ['ba@nhs.example.net'] },
    );
    expect(plan.send.map((r) => r.email)).toEqual(['olly@probation.example.gov.uk']);
    expect(plan.refused.map((r) => r.reason)).toEqual(['victim', 'victim']);
    expect(plan.refused[0]?.message).toMatch(/executive summary/);
  });

  it('offers the executive summary via the coordinator to anyone else, and drops duplicates', () => {
    const plan = planDistribution(
      [
        { name: 'Gail', email: 'gail@mail.example.com' },
        { name: 'Olly', email: 'olly@probation.example.gov.uk' },
        { name: 'Olly again', email: 'OLLY@probation.example.gov.uk' },
        { name: 'Bad', email: 'javascript:alert(1)' },
      ],
      settings,
    );
    expect(plan.send).toHaveLength(1);
    expect(plan.refused.map((r) => r.reason)).toEqual(['notApprovedDomain', 'invalidAddress']);
    expect(plan.refused[0]?.message).toMatch(/coordinator/);
    // The screen says the same refusal, from the catalogue, as the English record does.
    for (const r of plan.refused) expect(english()(r.says)).toBe(r.message);
  });

  it('audits who, when, what and why, with recipient domains but no addresses', () => {
    const e = distributionAuditEvent({
      id: 'aud_1',
      at: new Date('2026-11-20T12:00:00Z'),
      actor: { id: 'u_chair', name: 'Cara Chair' },
      verb: 'distribute',
      caseId: 'case_1',
      subject: { kind: 'minutes', id: 'min_1' },
      what: 'minutes (docx)',
      why: 'Final minutes to attendees',
      recipients: [
        { name: 'Olly', email: 'olly@probation.example.gov.uk' },
        { name: 'Pat', email: 'pat@pnn.example.police.uk' },
      ],
    });
    expect(() => encodeDocument(auditKind, e)).not.toThrow();
    expect(e).toMatchObject({
      verb: 'distribute',
      at: '2026-11-20T12:00:00.000Z',
      actor: { id: 'u_chair' },
      reason: 'Final minutes to attendees',
    });
    expect(e.detail).toEqual({
      what: 'minutes (docx)',
      recipientCount: '2',
      recipientDomains: 'pnn.example.police.uk, probation.example.gov.uk',
    });
    expect(JSON.stringify(e)).not.toContain('olly@');
  });
});

describe('privacy shortcut', () => {
  const k = (over: Partial<Parameters<typeof isPrivacyShortcut>[0]>) => ({
    key: 'H',
    ctrlKey: true,
    metaKey: false,
    shiftKey: true,
    altKey: false,
    ...over,
  });
  it('is Ctrl+Shift+H or Cmd+Shift+H and nothing else', () => {
    expect(isPrivacyShortcut(k({}))).toBe(true);
    expect(isPrivacyShortcut(k({ ctrlKey: false, metaKey: true }))).toBe(true);
    expect(isPrivacyShortcut(k({ shiftKey: false }))).toBe(false);
    expect(isPrivacyShortcut(k({ key: 'j' }))).toBe(false);
    expect(isPrivacyShortcut(k({ altKey: true }))).toBe(false);
  });
});
