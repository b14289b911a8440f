import { caseKind, type Level } from '../../core/cases/case.schema';
import type { StoragePort } from '../../core/ports';

/** Records a case's new MAPPA level on the case itself, once its panels follow the new cadence. */
export async function recordCaseLevel(storage: StoragePort, caseId: string, level: Level): Promise<void> {
  const cases = storage.collection(caseKind);
  const stored = await cases.get(caseId);
  if (stored) await cases.update({ ...stored.doc, level }, stored.version);
}
