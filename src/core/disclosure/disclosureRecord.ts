import type { AuditEvent } from '../audit/audit.schema';
import { msg, type Message, type MessageKey } from '../../i18n/message';
import { agencyMessage } from '../people/agency';
import type { OutgoingMail } from '../ports';
import type { DisclosureDecision } from './disclosureDecision.schema';

export const securityMarking = 'OFFICIAL-SENSITIVE';

/** What a record row says: data as it was entered, or a message said in the reader's language. */
export type RecordText = string | Message;

/** Says a row's text with a translator: data stays as it is, messages in the translator's language. */
export const sayRecordText = (say: (m: Message) => string, text: RecordText): string =>
  typeof text === 'string' ? text : say(text);

/**
 * The written disclosure record, signed by the discloser and the recipient and kept by the
 * Responsible Authority (D15). It carries only what the meeting agreed to disclose: no victim
 * detail, no reasoning from the minutes beyond the lawful basis. Its words are messages, so the
 * screen and the Word document say it in the reader's (or the chosen) language; the marking is
 * said by each of them too (a Welsh record keeps the English marking beside the Welsh).
 */
export type DisclosureRecord = {
  marking: typeof securityMarking;
  title: Message;
  caseReference: string;
  rows: { label: Message; value: RecordText }[];
  recipientNotes: Message[];
  signatures: Message[];
};

const joined = (parts: readonly (string | undefined)[]) => parts.filter(Boolean).join(', ');

export function disclosureRecord(decision: DisclosureDecision, caseReference: string): DisclosureRecord {
  const permitted = decision.additionalInformation.filter((a) => a.chairPermission && a.information.trim() !== '');
  const discloser = joined([decision.discloser.name, decision.discloser.role]);
  const agency = decision.discloser.agency;
  const told = decision.offenderTold.told;
  const row = (key: MessageKey, value: RecordText) => ({ label: msg(key), value });
  const rows = [
    row('disclosure.record.caseReference', caseReference),
    row(
      'disclosure.record.disclosedBy',
      agency
        ? discloser
          ? msg('disclosure.record.personWithAgency', { person: discloser, agency: agencyMessage(agency) })
          : agencyMessage(agency)
        : discloser,
    ),
    row('disclosure.record.disclosedTo', joined([decision.recipient.name, decision.recipient.role])),
    row('disclosure.record.date', decision.when ?? ''),
    row('disclosure.record.how', decision.method ? msg('disclosure.record.method', { method: decision.method }) : ''),
    row(
      'disclosure.record.lawfulBasis',
      decision.lawfulBasis ? msg('disclosure.record.lawfulBasisName', { basis: decision.lawfulBasis }) : '',
    ),
    row('disclosure.record.information', decision.information),
    ...permitted.map((a) =>
      row(
        'disclosure.record.furtherInformation',
        msg('disclosure.record.permittedBy', { information: a.information, by: a.chairPermission?.by ?? '' }),
      ),
    ),
    row('disclosure.record.conditions', decision.conditionsOnRecipient || msg('disclosure.record.defaultConditions')),
    row(
      'disclosure.record.contact',
      joined([decision.recipientContact.name, decision.recipientContact.telephone, decision.recipientContact.email]),
    ),
    row(
      'disclosure.record.offenderTold',
      told === 'yes' ? msg('disclosure.record.yes') : told === 'no' ? msg('disclosure.record.no') : '',
    ),
    ...(decision.representations.sought === 'no' && decision.representations.exception
      ? [
          row(
            'disclosure.record.representationsNotSought',
            msg('disclosure.record.representationException', { exception: decision.representations.exception }),
          ),
        ]
      : []),
  ];
  return {
    marking: securityMarking,
    title: msg('disclosure.record.title'),
    caseReference,
    rows,
    recipientNotes: [
      msg('disclosure.record.note.doNotPassOn'),
      msg('disclosure.record.note.noCopy'),
      msg('disclosure.record.note.riskRises'),
    ],
    signatures: [msg('disclosure.record.signature.discloser'), msg('disclosure.record.signature.recipient')],
  };
}

/** A mail whose words are messages: the sender says them in each language it writes in. */
export type CoordinatorNotice = Omit<OutgoingMail, 'subject' | 'body'> & { subject: Message; body: Message };

/**
 * D16: every disclosure is reported to the MAPPA coordinator. The e-mail says only where to look;
 * the audit event is the log of justification, date and time, discloser and recipient (by role).
 */
export function coordinatorReport(input: {
  decision: DisclosureDecision;
  caseId: string;
  caseReference: string;
  coordinatorEmail: string;
  actor: { id: string; name: string };
  at: Date;
  auditId: string;
}): { mail: CoordinatorNotice; audit: AuditEvent } {
  const { decision } = input;
  const reference = { reference: input.caseReference };
  return {
    mail: {
      idempotencyKey: `disclosure-report:${decision.id}`,
      to: [input.coordinatorEmail],
      subject: msg('mail.disclosureReport.subject', reference),
      body: msg('mail.disclosureReport.body', reference),
      purpose: 'notification',
    },
    audit: {
      id: input.auditId,
      at: input.at.toISOString(),
      actor: input.actor,
      verb: 'disclosure',
      subject: { kind: 'disclosureDecisions', id: decision.id },
      caseId: input.caseId,
      reason: 'Disclosure reported to the MAPPA coordinator',
      detail: {
        outcome: decision.outcome,
        lawfulBasis: decision.lawfulBasis ?? '',
        when: decision.when ?? '',
        discloserRole: decision.discloser.role,
        recipientRole: decision.recipient.role,
      },
    },
  };
}
