import { z } from 'zod';

import { msg, type Message } from '../../i18n/message';
import type { AuditEvent } from '../audit/audit.schema';
import type { Person } from '../people/agency';
import { IdSchema, InstantSchema, textField } from '../shared/schemas';
import type { Acknowledgement } from './acknowledgement.schema';
import { lazySchema } from '../shared/lazySchema';

/**
 * The personal commitments every attendee makes alongside the area's statement (MAPPA D themes).
 * Shown as a list so that nobody can miss one inside a long paragraph.
 */
export const personalCommitments: readonly Message[] = [
  msg('confidentiality.commitments.privateSpace'),
  msg('confidentiality.commitments.notOverheard'),
  msg('confidentiality.commitments.noNotes'),
  msg('confidentiality.commitments.noOnwardSharing'),
];

/** One acknowledgement per person per meeting: a retry or a second device lands on the same record. */
export const acknowledgementId = (meetingId: string, personId: string): string => `${meetingId}:${personId}`;

export function buildAcknowledgement(input: {
  meetingId: string;
  caseId: string;
  person: Person;
  at: Date;
  statement: string;
  /** The language the statement was shown in; English unless said. */
  language?: Acknowledgement['language'];
}): Acknowledgement {
  return {
    id: acknowledgementId(input.meetingId, input.person.id),
    meetingId: input.meetingId,
    caseId: input.caseId,
    person: input.person,
    at: input.at.toISOString(),
    statement: input.statement,
    language: input.language ?? 'en-GB',
  };
}

/** The audit line for an acknowledgement: who and when, never the statement itself. */
export function acknowledgementAuditEvent(input: {
  id: string;
  at: Date;
  person: Person;
  caseId: string;
  meetingId?: string;
}): AuditEvent {
  return {
    id: input.id,
    at: input.at.toISOString(),
    actor: { id: input.person.id, name: input.person.name },
    verb: 'acknowledge',
    subject: input.meetingId
      ? { kind: 'acknowledgements', id: acknowledgementId(input.meetingId, input.person.id) }
      : { kind: 'cases', id: input.caseId },
    caseId: input.caseId,
    reason: 'Confidentiality statement acknowledged before case content was shown',
    detail: input.meetingId ? { meetingId: input.meetingId } : { scope: 'outside a meeting' },
  };
}

/** Present attendees who have not acknowledged (matched by person id). */
export function unacknowledgedAttendees(
  attendees: readonly Person[],
  acks: readonly Pick<Acknowledgement, 'person'>[],
): Person[] {
  const acknowledged = new Set(acks.map((a) => a.person.id));
  return attendees.filter((p) => !acknowledged.has(p.id));
}

/** Why a present attendee could not acknowledge, recorded by the chair (e.g. joined by telephone). */
export const AcknowledgementWaiverSchema = lazySchema(() =>
  z.object({
    personId: IdSchema,
    reason: textField(500).min(1, 'Record why this attendee has not acknowledged'),
    recordedBy: z.object({ id: IdSchema, name: z.string() }),
    at: InstantSchema,
  }),
);
export type AcknowledgementWaiver = z.infer<typeof AcknowledgementWaiverSchema>;

export type FinaliseGateResult = { ok: true } | { ok: false; missing: Person[]; message: string };

/**
 * Minutes can be finalised only when every present attendee has acknowledged the statement or the
 * chair has recorded a reason why not. A waiver with an empty reason does not count.
 */
export function finaliseGate(
  attendeesPresent: readonly Person[],
  acks: readonly Pick<Acknowledgement, 'person'>[],
  waivers: readonly AcknowledgementWaiver[],
): FinaliseGateResult {
  const waived = new Set(
    waivers.filter((w) => AcknowledgementWaiverSchema.safeParse(w).success).map((w) => w.personId),
  );
  const missing = unacknowledgedAttendees(attendeesPresent, acks).filter((p) => !waived.has(p.id));
  if (missing.length === 0) return { ok: true };
  return {
    ok: false,
    missing,
    message: `Before finalising, each present attendee must acknowledge the confidentiality statement or you must record why not. Still needed: ${missing.map((p) => p.name).join(', ')}.`,
  };
}
