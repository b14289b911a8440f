import { caseKind, type Level } from '../../core/cases/case.schema';
import type { Services } from '../services';

/** Records a case's new MAPPA level on the case itself, once its panels follow the new cadence. */
export async function recordCaseLevel(
  { storage }: Pick<Services, 'storage'>,
  caseId: string,
  level: Level,
): Promise<void> {
  const cases = storage.collection(caseKind);
  const stored = await cases.get(caseId);
  if (stored) await cases.update({ ...stored.doc, level }, stored.version);
}
