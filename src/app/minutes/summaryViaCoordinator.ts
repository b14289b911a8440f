import type { DistributionPlan } from '../../core/confidentiality/distribution';
import { distributionAuditEvent } from '../../core/confidentiality/distribution';
import type { Minutes } from '../../core/minutes/minutes.schema';
import { requireAccess } from '../access/caseAccess';
import { toBase64, writeAudit } from '../confidentiality/operations';
import { protectedIndexForMinutes, withholdFromMail } from '../protection/protectedPeople';
import type { Services } from '../services';

/** Small stable hash (FNV-1a), so the key stays short and names no address. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Anyone refused the minutes (not on an approved secure domain, or flagged as a victim) is answered
 * with the executive summary through the coordinator: the coordinator gets the summary and the list
 * of requests, and decides how each is answered. Audited like any distribution.
 */
export async function sendSummaryViaCoordinator(
  services: Pick<Services, 'storage' | 'clock' | 'ids' | 'me' | 'mail' | 'settings'>,
  input: {
    minutes: Minutes;
    refused: DistributionPlan['refused'];
    why: string;
    buildSummaryDocx: () => Promise<Uint8Array>;
  },
): Promise<string> {
  const { minutes: m, refused } = input;
  const coordinator = m.meetingDetails.coordinator;
  if (refused.length === 0) return '';
  await requireAccess(services, m.caseId, 'distribute');
  if (!coordinator) {
    return 'No MAPPA coordinator is recorded for this meeting, so the executive summary was not sent for the refused requests.';
  }
  const bytes = await input.buildSummaryDocx();
  // Who asked, never why they were refused (a victim flag is restricted).
  const requests = refused
    .map(({ recipient: r }) => (r.name === r.email ? `- ${r.email}` : `- ${r.name} <${r.email}>`))
    .join('\n');
  // The requests may name a protected person (one of them may have asked): withheld from the body.
  const index = await protectedIndexForMinutes(services, m);
  const mail = withholdFromMail(
    {
      idempotencyKey: `summary-via-coordinator:${m.id}:${hash(refused.map((r) => r.recipient.email).join(','))}`,
      to: [coordinator.email],
      subject: `MAPPA executive summary requested: ${m.caseReference} (OFFICIAL-SENSITIVE)`,
      body: `These requests for the minutes of ${m.caseReference} could not be met: these addresses may not receive minutes. The executive summary is attached; answer each request through the usual route.\n\n${requests}`,
      purpose: 'distribution',
      attachments: [
        {
          name: `${m.caseReference} executive summary OFFICIAL-SENSITIVE.docx`,
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          base64: toBase64(bytes),
        },
      ],
    },
    index,
  );
  await services.mail.send(mail);
  await writeAudit(
    services,
    distributionAuditEvent({
      id: services.ids.newId('aud'),
      at: services.clock.now(),
      actor: { id: services.me.id, name: services.me.name },
      verb: 'distribute',
      caseId: m.caseId,
      subject: { kind: 'minutes', id: m.id },
      what: `executive summary (docx) to the MAPPA coordinator for ${refused.length} refused ${refused.length === 1 ? 'request' : 'requests'}`,
      why: input.why,
      recipients: [{ name: coordinator.name, email: coordinator.email }],
    }),
  );
  return `The executive summary went to the MAPPA coordinator (${coordinator.name}) for the ${refused.length} refused ${refused.length === 1 ? 'request' : 'requests'}.`;
}
