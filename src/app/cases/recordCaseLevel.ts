import { caseKind, type Level } from '../../core/cases/case.schema';
import { requireAccess, type GuardDeps } from '../access/caseAccess';
import { recordAudit } from '../audit/recordAudit';

/** Records a case's new MAPPA level on the case itself, once its panels follow the new cadence; audited. */
export async function recordCaseLevel(
  services: GuardDeps,
  caseId: string,
  level: Level,
  reason = `Level changed to Level ${level}`,
): Promise<void> {
  await requireAccess(services, caseId, 'changeLevel');
  const cases = services.storage.collection(caseKind);
  const stored = await cases.get(caseId);
  if (!stored) return;
  await cases.update({ ...stored.doc, level }, stored.version);
  await recordAudit(services, {
    verb: 'changeLevel',
    subject: { kind: 'cases', id: caseId },
    caseId,
    reason,
    detail: { from: `Level ${stored.doc.level}`, to: `Level ${level}` },
  });
}
