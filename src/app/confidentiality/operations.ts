import { statementsIn } from '../../core/area/areaSettings';
import type { AuditEvent } from '../../core/audit/audit.schema';
import { auditKind } from '../../core/audit/audit.schema';
import { acknowledgementKind, type Acknowledgement } from '../../core/confidentiality/acknowledgement.schema';
import {
  acknowledgementAuditEvent,
  acknowledgementId,
  buildAcknowledgement,
} from '../../core/confidentiality/acknowledgements';
import {
  distributionAuditEvent,
  planDistribution,
  type DistributionPlan,
  type DistributionRecipient,
  type VictimFlags,
} from '../../core/confidentiality/distribution';
import type { DisclosureDecision } from '../../core/disclosure/disclosureDecision.schema';
import { coordinatorReport } from '../../core/disclosure/disclosureRecord';
import { isConflict } from '../../core/shared/errors';
import { protectedIndex } from '../../core/protection/matcher';
import { requireAccess } from '../access/caseAccess';
import { readProtectedPeople } from '../protection/protectedPeople';
import { inEachLanguage, LANGUAGE_BREAK, mailLanguages } from '../mail/languages';
import type { Services } from '../services';

/** Small stable hash (FNV-1a), hex. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Base64 of binary content, for mail attachments. */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

type Deps = Pick<Services, 'storage' | 'clock' | 'ids' | 'me' | 'settings' | 'mail'>;

export async function writeAudit(services: Pick<Services, 'storage'>, event: AuditEvent): Promise<void> {
  await services.storage.collection(auditKind).create(event);
}

/** Whether the signed-in person has already acknowledged for this meeting (outside a meeting: never stored). */
export async function findAcknowledgement(
  services: Pick<Services, 'storage' | 'me'>,
  meetingId: string,
): Promise<Acknowledgement | undefined> {
  const stored = await services.storage
    .collection(acknowledgementKind)
    .get(acknowledgementId(meetingId, services.me.id));
  return stored?.doc;
}

/**
 * Records the acknowledgement (once per person per meeting: a second tab or a retry finds the first)
 * and its audit event. Outside a meeting there is no attendance to join, so only the audit event is written.
 */
export async function recordAcknowledgement(
  services: Deps,
  input: { caseId: string; meetingId?: string; language?: string },
): Promise<void> {
  const at = services.clock.now();
  if (input.meetingId) {
    // The statement as the person read it, in the language the gate showed it in.
    const shown = statementsIn(services.settings, input.language ?? 'en-GB');
    const ack = buildAcknowledgement({
      meetingId: input.meetingId,
      caseId: input.caseId,
      person: services.me,
      at,
      statement: shown.confidentiality,
      language: shown.language,
    });
    try {
      await services.storage.collection(acknowledgementKind).create(ack);
    } catch (e) {
      // Already acknowledged from another device: the first record stands.
      if (!(isConflict(e) && e.reason === 'exists')) throw e;
      return;
    }
  }
  await writeAudit(
    services,
    acknowledgementAuditEvent({
      id: services.ids.newId('aud'),
      at,
      person: services.me,
      caseId: input.caseId,
      meetingId: input.meetingId,
    }),
  );
}

/** Why each refusal happened, for the audit line: the rule, never who the person is. */
const refusalWhy: Record<DistributionPlan['refused'][number]['reason'], string> = {
  victim: 'flagged as a victim in the minutes',
  protectedPerson: 'a protected person of the case',
  notApprovedDomain: 'not on an approved secure domain',
  invalidAddress: 'not a valid address',
};

export type DistributionOutcome = { plan: DistributionPlan; sent: number };

/**
 * Sends the minutes to the approved recipients only, and audits the distribution and every refusal.
 * The same key on a retry means the mail port sends nothing twice.
 */
export async function distributeMinutes(
  services: Deps,
  input: {
    caseId: string;
    caseReference: string;
    minutesId: string;
    recipients: readonly DistributionRecipient[];
    victimFlags: VictimFlags;
    why: string;
    attachment: { name: string; base64: string };
  },
): Promise<DistributionOutcome> {
  await requireAccess(services, input.caseId, 'distribute');
  // The case's protected people are refused by identity, whatever address they are given under.
  const protectedPeople = protectedIndex(await readProtectedPeople(services, input.caseId));
  const plan = planDistribution(input.recipients, services.settings, input.victimFlags, protectedPeople);
  const actor = { id: services.me.id, name: services.me.name };
  const subject = { kind: 'minutes', id: input.minutesId };
  if (plan.send.length > 0) {
    await services.mail.send({
      // Bounded, and no address in the key: the same recipients for the same minutes is the same message.
      idempotencyKey: `distribution:${input.minutesId}:${fnv1a(plan.send.map((r) => r.email).join(','))}`,
      to: plan.send.map((r) => r.email),
      subject: `MAPPA minutes: ${input.caseReference} (OFFICIAL-SENSITIVE)`,
      body: 'The minutes are attached. OFFICIAL-SENSITIVE: keep them in the restricted part of your agency’s records, do not forward or copy them, and do not bring them to the next meeting.',
      purpose: 'distribution',
      attachments: [
        {
          name: input.attachment.name,
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          base64: input.attachment.base64,
        },
      ],
    });
    await writeAudit(
      services,
      distributionAuditEvent({
        id: services.ids.newId('aud'),
        at: services.clock.now(),
        actor,
        verb: 'distribute',
        caseId: input.caseId,
        subject,
        what: 'minutes (docx) by secure e-mail',
        why: input.why,
        recipients: plan.send,
      }),
    );
  }
  if (plan.refused.length > 0) {
    await writeAudit(
      services,
      distributionAuditEvent({
        id: services.ids.newId('aud'),
        at: services.clock.now(),
        actor,
        verb: 'refuse',
        caseId: input.caseId,
        subject,
        what: `minutes refused (${[...new Set(plan.refused.map((r) => r.reason))].join(', ')}); executive summary via the coordinator`,
        why: `${input.why.trim()} (refused: ${[...new Set(plan.refused.map((r) => refusalWhy[r.reason]))].join('; ')})`,
        recipients: plan.refused.map((r) => r.recipient),
      }),
    );
  }
  return { plan, sent: plan.send.length };
}

/** D16: tells the coordinator (no content) and logs the disclosure. */
export async function reportDisclosure(
  services: Deps,
  input: { decision: DisclosureDecision; caseId: string; caseReference: string; coordinatorEmail: string },
): Promise<void> {
  await requireAccess(services, input.caseId, 'recordDisclosure');
  const { mail, audit } = coordinatorReport({
    ...input,
    actor: { id: services.me.id, name: services.me.name },
    at: services.clock.now(),
    auditId: services.ids.newId('aud'),
  });
  // The coordinator's language is not known: Welsh then English, as every mail the app sends.
  const languages = await mailLanguages();
  await services.mail.send({
    ...mail,
    subject: inEachLanguage(languages, mail.subject),
    body: inEachLanguage(languages, mail.body, LANGUAGE_BREAK),
  });
  await writeAudit(services, audit);
}

/** Printing or saving a disclosure record is an export: audited with who, when, what and why. */
export async function auditExport(
  services: Deps,
  input: { caseId: string; subject: { kind: string; id: string }; what: string; why: string },
): Promise<void> {
  await writeAudit(
    services,
    distributionAuditEvent({
      id: services.ids.newId('aud'),
      at: services.clock.now(),
      actor: { id: services.me.id, name: services.me.name },
      verb: 'export',
      ...input,
    }),
  );
}
