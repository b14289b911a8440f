import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator, english } from '../../../src/i18n/translator';
import type { AuditEvent } from '../../../src/core/audit/audit.schema';
import { auditToCsv, filterAudit, pageOf } from '../../../src/core/audit/auditLog';

const anEvent = (over: Partial<AuditEvent> = {}): AuditEvent => ({
  id: 'aud_1',
  at: '2026-11-20T10:00:00.000Z',
  actor: { id: 'u-1', name: 'Cora Ordway' },
  verb: 'view',
  subject: { kind: 'minutes', id: 'mtg_1' },
  caseId: 'case_1',
  detail: {},
  ...over,
});

describe('the audit log, as the coordinator reads it', () => {
  const events = [
    anEvent({ id: 'a', at: '2026-11-20T09:00:00.000Z' }),
    anEvent({ id: 'b', at: '2026-11-20T11:00:00.000Z', verb: 'export', actor: { id: 'u-2', name: 'Chris Chair' } }),
    anEvent({ id: 'c', at: '2026-11-20T10:00:00.000Z', caseId: 'case_2', verb: 'exit' }),
  ];

  it('filters by case, person and kind, newest first', () => {
    expect(filterAudit(events, {}).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(filterAudit(events, { caseId: 'case_1' }).map((e) => e.id)).toEqual(['b', 'a']);
    expect(filterAudit(events, { person: 'chris' }).map((e) => e.id)).toEqual(['b']);
    expect(filterAudit(events, { person: 'u-1', verb: 'exit' }).map((e) => e.id)).toEqual(['c']);
  });

  it('pages a hundred thousand events a hundred at a time', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => i);
    const last = pageOf(many, 5000, 100);
    expect(last.pageCount).toBe(1000);
    expect(last.page).toBe(999);
    expect(last.rows).toHaveLength(100);
    expect(pageOf([], 3, 100)).toEqual({ rows: [], page: 0, pageCount: 1 });
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'exports a reason typed as a formula as text: %j',
    (reason) => {
      const csv = auditToCsv([anEvent({ reason })], () => 'MP-2026-0001', english());
      const cells = csv.split('\r\n')[1]!;
      expect(cells).toContain(`'${reason.replace(/"/g, '""')}`);
    },
  );

  it('names the case by its reference and the kind in words', () => {
    const csv = auditToCsv(
      [anEvent({ verb: 'changeLevel', detail: { from: 'Level 2', to: 'Level 3' } })],
      () => 'MP-2026-0001',
      english(),
    );
    expect(csv.split('\r\n')[0]).toBe('When,Who,Who (id),What,Case,Subject,Why,Detail');
    expect(csv).toContain('Changed level,MP-2026-0001,minutes mtg_1,,from: Level 2; to: Level 3');
  });

  it('heads the CSV and names the kind in Welsh for a Welsh reader, keeping the reason as typed', () => {
    const csv = auditToCsv(
      [anEvent({ verb: 'changeLevel', reason: 'Risk rose' })],
      () => 'MP-2026-0001',
      createTranslator('cy-GB', cy),
    );
    const [head, row] = csv.split('\r\n');
    expect(head).toBe('Pryd,Pwy,Pwy (dynodydd),Beth,Achos,Pwnc,Pam,Manylion');
    expect(row).not.toContain('Changed level');
    expect(row).toContain('Risk rose');
  });
});
