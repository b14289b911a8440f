import { samePerson } from '../../core/access/policy';
import { auditKind, type AuditEvent } from '../../core/audit/audit.schema';
import { caseDecisionKind, type CaseDecision } from '../../core/cases/lifecycle/caseHistory.schema';
import { RefusedError } from '../../core/shared/errors';
import type { Services } from '../services';

export type LifecycleDeps = Pick<Services, 'storage' | 'settings' | 'me' | 'ids' | 'clock'>;

const actor = (deps: LifecycleDeps) => ({ id: deps.me.id, name: deps.me.name });

/** One audit line: who, when, what and why; labels only, never case content. */
export async function audit(
  deps: LifecycleDeps,
  line: Pick<AuditEvent, 'verb' | 'subject'> & Partial<Pick<AuditEvent, 'caseId' | 'reason' | 'detail'>>,
): Promise<void> {
  await deps.storage.collection(auditKind).create({
    id: deps.ids.newId('aud'),
    at: deps.clock.now().toISOString(),
    actor: actor(deps),
    detail: {},
    ...line,
  });
}

/** Keeps a decision in the case's history. */
export async function keepDecision(
  deps: LifecycleDeps,
  decision: Omit<CaseDecision, 'id' | 'at' | 'by'>,
): Promise<CaseDecision> {
  const doc: CaseDecision = {
    id: deps.ids.newId('dec'),
    at: deps.clock.now().toISOString(),
    by: actor(deps),
    ...decision,
  };
  await deps.storage.collection(caseDecisionKind).create(doc);
  return doc;
}

export const isAreaCoordinator = (deps: Pick<Services, 'settings' | 'me'>): boolean =>
  deps.settings.coordinators.some((c) => samePerson(c, deps.me));

/**
 * Steps with no case yet (identifying a nominal, deciding a referral) belong to the area's MAPPA
 * coordinators. A refusal is audited like the case policy's.
 */
export async function requireCoordinator(deps: LifecycleDeps, what: string): Promise<void> {
  if (isAreaCoordinator(deps)) return;
  await audit(deps, {
    verb: 'refuse',
    subject: { kind: 'area', id: deps.settings.areaName.replace(/\s+/g, '-').toLowerCase() || 'area' },
    reason: 'Only the area’s MAPPA coordinators may do this',
    detail: { operation: what },
  }).catch(() => undefined);
  throw new RefusedError(`Only the area’s MAPPA coordinators can ${what}. Ask the MAPPA coordinator.`);
}
