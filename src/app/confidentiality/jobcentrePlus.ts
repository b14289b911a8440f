import { allReasons, checkJobcentrePlusNotification } from '../../core/disclosure/jobcentrePlus';
import {
  jobcentrePlusKind,
  jobcentrePlusPrintout,
  jobcentrePlusRecordId,
  type JobcentrePlusRecord,
} from '../../core/disclosure/jobcentrePlusRecord';
import type { DocumentLanguage, Stored } from '../../core/ports';
import { RefusedError } from '../../core/shared/errors';
import { english } from '../../i18n/translator';
import { requireAccess } from '../access/caseAccess';
import type { ExportedFile } from '../minutes/exportMinutes';
import type { Services } from '../services';
import { auditExport, writeAudit } from './operations';

type Deps = Pick<Services, 'storage' | 'clock' | 'ids' | 'me' | 'settings' | 'mail'>;

/** The case's MAPPA J notification, if one has been recorded. */
export async function readJobcentrePlusNotification(
  services: Deps,
  caseId: string,
): Promise<Stored<JobcentrePlusRecord> | undefined> {
  await requireAccess(services, caseId, 'readMinutes');
  return services.storage.collection(jobcentrePlusKind).get(jobcentrePlusRecordId(caseId));
}

/**
 * Saves the notification, refused while it holds anything MAPPA J may not (the strict schema) or
 * offence details in a restriction's words. A disclosure decision, so the chair's to make; audited.
 */
export async function saveJobcentrePlusNotification(
  services: Deps,
  input: { caseId: string; meetingId?: string; notification: unknown; version?: string },
): Promise<Stored<JobcentrePlusRecord>> {
  await requireAccess(services, input.caseId, 'recordDisclosure');
  const check = checkJobcentrePlusNotification(input.notification);
  if (!check.ok) {
    const reasons = allReasons(check.reasons);
    throw new RefusedError(reasons, english()(reasons));
  }
  const at = services.clock.now();
  const record: JobcentrePlusRecord = {
    id: jobcentrePlusRecordId(input.caseId),
    caseId: input.caseId,
    ...(input.meetingId ? { meetingId: input.meetingId } : {}),
    notification: check.notification,
    recordedBy: { id: services.me.id, name: services.me.name },
    recordedAt: at.toISOString(),
  };
  const col = services.storage.collection(jobcentrePlusKind);
  const stored = input.version ? await col.update(record, input.version) : await col.create(record);
  await writeAudit(services, {
    id: services.ids.newId('aud'),
    at: at.toISOString(),
    actor: { id: services.me.id, name: services.me.name },
    verb: 'disclosure',
    subject: { kind: jobcentrePlusKind.name, id: record.id },
    caseId: input.caseId,
    reason: 'MAPPA J notification to Jobcentre Plus recorded',
    detail: { what: 'MAPPA J (identity, restricted work, end dates, risk to staff)' },
  });
  return stored;
}

/** The notification as Word, OFFICIAL-SENSITIVE on every page; audited before the file is handed over. */
export async function exportJobcentrePlusNotification(
  services: Deps & Pick<Services, 'word'>,
  input: { record: JobcentrePlusRecord; caseReference: string; how: 'docx' | 'print'; language?: DocumentLanguage },
): Promise<ExportedFile | undefined> {
  await requireAccess(services, input.record.caseId, 'export');
  const bytes =
    input.how === 'docx'
      ? await services.word.disclosureRecord(
          jobcentrePlusPrintout(input.record.notification, input.caseReference),
          input.language,
        )
      : undefined;
  await auditExport(services, {
    caseId: input.record.caseId,
    subject: { kind: jobcentrePlusKind.name, id: input.record.id },
    what: `MAPPA J notification (${input.how})`,
    why: 'Notification to Jobcentre Plus',
  });
  return bytes
    ? { bytes, name: `${input.caseReference}-MAPPA-J-OFFICIAL-SENSITIVE.docx`, contentType: services.word.contentType }
    : undefined;
}
