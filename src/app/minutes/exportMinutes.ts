import type { Minutes } from '../../core/minutes/minutes.schema';
import type { DocumentLanguage } from '../../core/ports';
import { executiveSummary } from '../../core/minutes/projections';
import { RefusedError } from '../../core/shared/errors';
import { msg } from '../../i18n/message';
import { exportSafeDeep } from '../../core/shared/exportText';
import { requireAccess } from '../access/caseAccess';
import { auditExport } from '../confidentiality/operations';
import { protectedIndexForMinutes } from '../protection/protectedPeople';
import type { Services } from '../services';

export type ExportedFile = { bytes: Uint8Array; name: string; contentType: string };

export const docxFileName = (m: Minutes, which: 'full' | 'summary'): string =>
  `${m.caseReference}-${m.meetingDetails.sequence}-${which === 'full' ? 'minutes' : 'executive-summary'}.docx`;

/**
 * The Word document of the full minutes, or of the executive summary (no restricted content), in
 * the language the person chose (English unless asked otherwise).
 */
export async function minutesDocument(
  services: Pick<Services, 'word' | 'settings' | 'storage'>,
  m: Minutes,
  which: 'full' | 'summary',
  language?: DocumentLanguage,
): Promise<Uint8Array> {
  // A pasted control character (e.g. U+FFFE) would make the whole Word file unreadable.
  const safe = exportSafeDeep(m);
  if (which === 'full') return services.word.minutes(safe, services.settings, language);
  // The summary leaves the panel: the case's protected people are withheld from it.
  const index = await protectedIndexForMinutes(services, safe);
  return services.word.executiveSummary(executiveSummary(safe, services.settings, index), language);
}

/**
 * Every download is an export: audited (who, when, what, and why in the person's own words) before
 * the file is handed over. No reason, no export.
 */
export async function exportMinutes(
  services: Pick<Services, 'storage' | 'clock' | 'ids' | 'me' | 'settings' | 'mail' | 'word'>,
  m: Minutes,
  which: 'full' | 'summary',
  reason: string,
  language?: DocumentLanguage,
): Promise<ExportedFile> {
  await requireAccess(services, m.caseId, 'export');
  if (!reason.trim()) {
    throw new RefusedError(msg('minutes.export.reasonMissing'), 'Say why you are exporting the minutes.');
  }
  const bytes = await minutesDocument(services, m, which, language);
  await auditExport(services, {
    caseId: m.caseId,
    subject: { kind: 'minutes', id: m.id },
    what: which === 'full' ? `minutes (docx), ${m.status}` : 'executive summary (docx)',
    why: reason,
  });
  return { bytes, name: docxFileName(m, which), contentType: services.word.contentType };
}
