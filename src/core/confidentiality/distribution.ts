import { msg, type Message } from '../../i18n/message';
import { z } from 'zod';

import type { AreaSettings } from '../area/areaSettings';
import type { AuditEvent } from '../audit/audit.schema';
import { mailboxKey } from '../people/mailbox';
import { noProtectedPeople, protectedRecipient, type ProtectedIndex } from '../protection/matcher';
import { lazySchema } from '../shared/lazySchema';

export type DistributionRecipient = { id?: string; name: string; email: string };

/** People flagged as victims in the case, by directory id and/or address. */
export type VictimFlags = { personIds?: readonly string[]; emails?: readonly string[] };

export type RefusalReason = 'victim' | 'protectedPerson' | 'notApprovedDomain' | 'invalidAddress';

export type DistributionPlan = {
  /** Receive the minutes by secure e-mail. */
  send: DistributionRecipient[];
  /** Receive nothing directly; a request for minutes is answered with the executive summary via the coordinator. */
  /** `message` in English, for the records and mail that quote it; `says` for the screen, in the reader's language. */
  refused: { recipient: DistributionRecipient; reason: RefusalReason; message: string; says: Message }[];
};

const EmailSchema = lazySchema(() => z.string().trim().toLowerCase().email());

/** The domain part of a well-formed address, or undefined. */
export function emailDomain(email: string): string | undefined {
  const parsed = EmailSchema.safeParse(email);
  if (!parsed.success) return undefined;
  const at = parsed.data.lastIndexOf('@');
  return parsed.data.slice(at + 1);
}

/** An address is approved when its domain is an approved domain or a subdomain of one (e.g. force.pnn.police.uk). */
export function isApprovedAddress(email: string, approvedDomains: readonly string[]): boolean {
  const domain = emailDomain(email);
  if (!domain) return false;
  return approvedDomains.some((d) => {
    const a = d.trim().toLowerCase().replace(/^\.+/, '');
    return a.length > 0 && (domain === a || domain.endsWith(`.${a}`));
  });
}

export { mailboxKey } from '../people/mailbox';

const protectedBy = {
  directoryId: 'their directory entry',
  address: 'one of their known addresses',
  name: 'their name',
} as const;

const protectedRule = 'Protected people are never sent minutes; the coordinator can provide the executive summary.';

const messages: Record<RefusalReason, string> = {
  protectedPerson: `This is a protected person in this case. ${protectedRule}`,
  victim:
    'This person is flagged as a victim. Victims are never sent minutes; the coordinator can provide the executive summary.',
  notApprovedDomain:
    'This address is not on the area’s approved secure domains. Minutes cannot be sent to it; the coordinator can provide the executive summary.',
  invalidAddress: 'This is not a valid e-mail address. Minutes cannot be sent to it.',
};

/**
 * Who may receive the minutes: only addresses on the approved secure domains, never a person flagged
 * as a victim nor one of the case's protected people, known by identity (directory id, name, any
 * known address): checked first, so a protected person on an approved domain is still refused.
 */
export function planDistribution(
  recipients: readonly DistributionRecipient[],
  settings: Pick<AreaSettings, 'approvedSecureDomains'>,
  victimFlags: VictimFlags = {},
  protectedPeople: ProtectedIndex = noProtectedPeople,
): DistributionPlan {
  const victimIds = new Set(victimFlags.personIds ?? []);
  const victimEmails = new Set((victimFlags.emails ?? []).map(mailboxKey));
  const plan: DistributionPlan = { send: [], refused: [] };
  const seen = new Set<string>();
  for (const r of recipients) {
    const email = r.email.trim().toLowerCase();
    const refuse = (
      reason: RefusalReason,
      message = messages[reason],
      says = msg('confidentiality.distribute.refused', { reason }),
    ) => plan.refused.push({ recipient: r, reason, message, says });
    const isProtected = protectedRecipient(r, protectedPeople);
    if ((r.id !== undefined && victimIds.has(r.id)) || victimEmails.has(mailboxKey(email))) refuse('victim');
    else if (isProtected) {
      refuse(
        'protectedPerson',
        `This is a protected person in this case, known by ${protectedBy[isProtected.by]}. ${protectedRule}`,
        msg('confidentiality.distribute.refusedProtected', { by: isProtected.by }),
      );
    } else if (!emailDomain(email)) refuse('invalidAddress');
    else if (!isApprovedAddress(email, settings.approvedSecureDomains)) refuse('notApprovedDomain');
    else if (!seen.has(email)) {
      seen.add(email);
      plan.send.push({ ...r, email });
    }
  }
  return plan;
}

/**
 * The audit line for an export or a distribution: who, when, what and why. Recipients appear as a
 * count and their domains, never as content.
 */
export function distributionAuditEvent(input: {
  id: string;
  at: Date;
  actor: { id: string; name: string };
  verb: 'export' | 'distribute' | 'refuse';
  caseId: string;
  subject: { kind: string; id: string };
  what: string;
  why: string;
  recipients?: readonly DistributionRecipient[];
}): AuditEvent {
  const domains = [...new Set((input.recipients ?? []).map((r) => emailDomain(r.email) ?? 'invalid'))].sort();
  return {
    id: input.id,
    at: input.at.toISOString(),
    actor: input.actor,
    verb: input.verb,
    subject: input.subject,
    caseId: input.caseId,
    reason: input.why.trim().slice(0, 1000),
    detail: {
      what: input.what,
      ...(input.recipients
        ? { recipientCount: String(input.recipients.length), recipientDomains: domains.join(', ') }
        : {}),
    },
  };
}
