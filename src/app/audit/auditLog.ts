import { auditKind, type AuditEvent, type AuditVerb } from '../../core/audit/audit.schema';
import { auditToCsv, filterAudit, type AuditFilter } from '../../core/audit/auditLog';
import type { Message } from '../../i18n/message';
import { english } from '../../i18n/translator';
import { caseKind } from '../../core/cases/case.schema';
import type { Filter } from '../../core/ports';
import { requireAccess, type GuardDeps } from '../access/caseAccess';
import { recordAudit } from './recordAudit';

/** The area's audit log is not one case's: the policy is asked with the area as the subject. */
export const AREA_SUBJECT = 'area';

export type AuditLog = { events: AuditEvent[]; caseReferences: Map<string, string> };

/** The filters the store applies by its indexes. */
type StoreFilter = { caseId?: string; verb?: AuditVerb };
const storeFilterOf = (filter: StoreFilter): Filter => ({
  caseId: filter.caseId || undefined,
  verb: filter.verb || undefined,
});

const caseReferencesOf = async (deps: GuardDeps): Promise<Map<string, string>> =>
  new Map((await deps.storage.collection(caseKind).list()).map((c) => [c.doc.id, c.doc.reference]));

/**
 * The audit log, for coordinators only (policy `readAudit`): the store filters by its indexes
 * (case, kind), and case references name the cases. A refusal is itself audited.
 */
export async function readAuditLog(deps: GuardDeps, filter: StoreFilter = {}): Promise<AuditLog> {
  await requireAccess(deps, AREA_SUBJECT, 'readAudit');
  const [events, caseReferences] = await Promise.all([
    deps.storage.collection(auditKind).list(storeFilterOf(filter)),
    caseReferencesOf(deps),
  ]);
  return { events: events.map((s) => s.doc), caseReferences };
}

/** One page of the audit log, newest first, and how many events the filter selects in all. */
export type AuditPage = AuditLog & { total: number };

/**
 * One page of the audit log, newest first, filtered by case and kind: the store reads the page
 * alone (`auditKind.orders.time`), so a hundred thousand events are never all decoded to show a
 * hundred. Coordinators only, as `readAuditLog`.
 */
export async function readAuditPage(
  deps: GuardDeps,
  filter: StoreFilter,
  page: number,
  perPage: number,
): Promise<AuditPage> {
  await requireAccess(deps, AREA_SUBJECT, 'readAudit');
  const [read, caseReferences] = await Promise.all([
    deps.storage.collection(auditKind).page({
      orderBy: 'time',
      direction: 'descending',
      filter: storeFilterOf(filter),
      offset: Math.max(0, page) * perPage,
      limit: perPage,
    }),
    caseReferencesOf(deps),
  ]);
  return { events: read.items.map((s) => s.doc), total: read.total, caseReferences };
}

/**
 * Every event the filter selects (not only the page on screen), newest first, as formula-safe CSV
 * headed in the reader's language (`say`, English unless given); exporting the audit log is itself
 * audited.
 */
export async function exportAuditLog(
  deps: GuardDeps,
  filter: AuditFilter,
  say: (m: Message) => string = english(),
): Promise<string> {
  const log = await readAuditLog(deps, filter);
  const shown: readonly AuditEvent[] = filterAudit(log.events, filter);
  const csv = auditToCsv(shown, (id) => log.caseReferences.get(id) ?? id, say);
  await recordAudit(deps, {
    verb: 'export',
    subject: { kind: 'audit', id: AREA_SUBJECT },
    reason: 'Audit log exported from the audit page',
    detail: { format: 'csv', rows: String(shown.length) },
  });
  return csv;
}
