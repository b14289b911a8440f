import { auditKind, type AuditEvent, type AuditVerb } from '../../core/audit/audit.schema';
import { auditToCsv } from '../../core/audit/auditLog';
import type { Message } from '../../i18n/message';
import { english } from '../../i18n/translator';
import { caseKind } from '../../core/cases/case.schema';
import type { Filter } from '../../core/ports';
import { requireAccess, type GuardDeps } from '../access/caseAccess';
import { recordAudit } from './recordAudit';

/** The area's audit log is not one case's: the policy is asked with the area as the subject. */
export const AREA_SUBJECT = 'area';

export type AuditLog = { events: AuditEvent[]; caseReferences: Map<string, string> };

/**
 * The audit log, for coordinators only (policy `readAudit`): the store filters by its indexes
 * (case, kind), and case references name the cases. A refusal is itself audited.
 */
export async function readAuditLog(
  deps: GuardDeps,
  filter: { caseId?: string; verb?: AuditVerb } = {},
): Promise<AuditLog> {
  await requireAccess(deps, AREA_SUBJECT, 'readAudit');
  const storeFilter: Filter = { caseId: filter.caseId || undefined, verb: filter.verb || undefined };
  const [events, cases] = await Promise.all([
    deps.storage.collection(auditKind).list(storeFilter),
    deps.storage.collection(caseKind).list(),
  ]);
  return {
    events: events.map((s) => s.doc),
    caseReferences: new Map(cases.map((c) => [c.doc.id, c.doc.reference])),
  };
}

/**
 * The shown events as formula-safe CSV, headed in the reader's language (`say`, English unless
 * given); exporting the audit log is itself audited.
 */
export async function exportAuditLog(
  deps: GuardDeps,
  log: AuditLog,
  shown: readonly AuditEvent[],
  say: (m: Message) => string = english(),
): Promise<string> {
  await requireAccess(deps, AREA_SUBJECT, 'readAudit');
  const csv = auditToCsv(shown, (id) => log.caseReferences.get(id) ?? id, say);
  await recordAudit(deps, {
    verb: 'export',
    subject: { kind: 'audit', id: AREA_SUBJECT },
    reason: 'Audit log exported from the audit page',
    detail: { format: 'csv', rows: String(shown.length) },
  });
  return csv;
}
