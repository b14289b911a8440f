import type { DisclosureDecision } from '../../core/disclosure/disclosureDecision.schema';
import { disclosureRecord } from '../../core/disclosure/disclosureRecord';
import type { DocumentLanguage } from '../../core/ports';
import type { ExportedFile } from '../minutes/exportMinutes';
import type { Services } from '../services';
import { auditExport } from './operations';

/** The disclosure record as Word, in the reader's language (English unless asked otherwise), audited (who, when, what, why) before the file is handed over. */
export async function exportDisclosureRecord(
  services: Pick<Services, 'storage' | 'clock' | 'ids' | 'me' | 'settings' | 'mail' | 'word'>,
  input: { decision: DisclosureDecision; caseId: string; caseReference: string; language?: DocumentLanguage },
): Promise<ExportedFile> {
  const bytes = await services.word.disclosureRecord(
    disclosureRecord(input.decision, input.caseReference),
    input.language,
  );
  await auditExport(services, {
    caseId: input.caseId,
    subject: { kind: 'disclosureDecisions', id: input.decision.id },
    what: 'disclosure record (docx)',
    why: 'Written record for signing by the discloser and the recipient',
  });
  return {
    bytes,
    name: `${input.caseReference}-disclosure-record-${input.decision.id}.docx`,
    contentType: services.word.contentType,
  };
}
