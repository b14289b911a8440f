import type { AuditEvent } from '../audit/audit.schema';
import { agencyLabel } from '../people/agency';
import type { OutgoingMail } from '../ports';
import {
  disclosureMethods,
  lawfulBases,
  representationExceptions,
  type DisclosureDecision,
} from './disclosureDecision.schema';

export const securityMarking = 'OFFICIAL-SENSITIVE';

/**
 * The written disclosure record, signed by the discloser and the recipient and kept by the
 * Responsible Authority (D15). It carries only what the meeting agreed to disclose: no victim
 * detail, no reasoning from the minutes beyond the lawful basis.
 */
export type DisclosureRecord = {
  marking: typeof securityMarking;
  title: string;
  caseReference: string;
  rows: { label: string; value: string }[];
  recipientNotes: string[];
  signatures: string[];
};

export function disclosureRecord(decision: DisclosureDecision, caseReference: string): DisclosureRecord {
  const permitted = decision.additionalInformation.filter((a) => a.chairPermission && a.information.trim() !== '');
  const rows = [
    { label: 'Case reference', value: caseReference },
    {
      label: 'Disclosed by',
      value: [
        decision.discloser.name,
        decision.discloser.role,
        decision.discloser.agency && agencyLabel(decision.discloser.agency),
      ]
        .filter(Boolean)
        .join(', '),
    },
    { label: 'Disclosed to', value: [decision.recipient.name, decision.recipient.role].filter(Boolean).join(', ') },
    { label: 'Date', value: decision.when ?? '' },
    { label: 'How', value: decision.method ? disclosureMethods[decision.method] : '' },
    { label: 'Lawful basis', value: decision.lawfulBasis ? lawfulBases[decision.lawfulBasis] : '' },
    { label: 'Information disclosed', value: decision.information },
    ...permitted.map((a) => ({
      label: 'Further information, with the chair’s permission',
      value: `${a.information} (permitted by ${a.chairPermission?.by ?? ''})`,
    })),
    {
      label: 'Conditions on the recipient',
      value: decision.conditionsOnRecipient || 'The information must not be passed on to anyone else.',
    },
    {
      label: 'Contact if the risk rises',
      value: [decision.recipientContact.name, decision.recipientContact.telephone, decision.recipientContact.email]
        .filter(Boolean)
        .join(', '),
    },
    {
      label: 'Has the person been told of this disclosure?',
      value: decision.offenderTold.told === 'yes' ? 'Yes' : decision.offenderTold.told === 'no' ? 'No' : '',
    },
    ...(decision.representations.sought === 'no' && decision.representations.exception
      ? [
          {
            label: 'Representations not sought because',
            value: representationExceptions[decision.representations.exception],
          },
        ]
      : []),
  ];
  return {
    marking: securityMarking,
    title: 'MAPPA disclosure record',
    caseReference,
    rows,
    recipientNotes: [
      'You have been told this information to protect others. Do not pass it on to anyone else.',
      'You will not be given a copy of this record; it is kept by the Responsible Authority. You will be given the disclosure leaflet.',
      'If you are worried that the risk has increased, contact the person named above.',
    ],
    signatures: [
      'Signed by the person disclosing',
      'Signed by the recipient, confirming they understand their responsibilities',
    ],
  };
}

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
}): { mail: OutgoingMail; audit: AuditEvent } {
  const { decision } = input;
  return {
    mail: {
      idempotencyKey: `disclosure-report:${decision.id}`,
      to: [input.coordinatorEmail],
      subject: `Disclosure recorded: ${input.caseReference}`,
      body: `A disclosure decision has been recorded for case ${input.caseReference}. Open the case in MAPPA Panel to review it. This message contains no case information.`,
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
