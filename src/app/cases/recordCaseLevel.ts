import { caseKind, type Level } from '../../core/cases/case.schema';
import { requireAccess, type GuardDeps } from '../access/caseAccess';

/** Records a case's new MAPPA level on the case itself, once its panels follow the new cadence. */
export async function recordCaseLevel(services: GuardDeps, caseId: string, level: Level): Promise<void> {
  await requireAccess(services, caseId, 'changeLevel');
  const cases = services.storage.collection(caseKind);
  const stored = await cases.get(caseId);
  if (stored) await cases.update({ ...stored.doc, level }, stored.version);
}
