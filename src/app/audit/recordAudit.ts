import { auditKind, type AuditEvent } from '../../core/audit/audit.schema';
import type { Services } from '../services';

export type AuditDeps = Pick<Services, 'storage' | 'clock' | 'ids' | 'me'>;

/**
 * Writes one audit event for the signed-in person: who and when from the services, what and why
 * from the caller. Identifiers and labels only, never case content.
 */
export async function recordAudit(
  deps: AuditDeps,
  event: Pick<AuditEvent, 'verb' | 'subject'> & Partial<Pick<AuditEvent, 'caseId' | 'reason' | 'detail'>>,
): Promise<void> {
  const reason = event.reason?.trim().slice(0, 1000);
  await deps.storage.collection(auditKind).create({
    id: deps.ids.newId('aud'),
    at: deps.clock.now().toISOString(),
    actor: { id: deps.me.id, name: deps.me.name },
    verb: event.verb,
    subject: event.subject,
    ...(event.caseId ? { caseId: event.caseId } : {}),
    ...(reason ? { reason } : {}),
    detail: event.detail ?? {},
  });
}
