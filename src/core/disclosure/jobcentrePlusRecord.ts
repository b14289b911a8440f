import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { IdSchema, InstantSchema } from '../shared/schemas';
import { securityMarking, type DisclosureRecord } from './disclosureRecord';
import { JobcentrePlusNotificationSchema, type JobcentrePlusNotification } from './specialChannels';

/**
 * A case's MAPPA J notification to Jobcentre Plus, stored as its own document (one per case, id
 * `mappaJ_<caseId>`), never in the minutes: it holds only what the strict schema allows.
 */
export const JobcentrePlusRecordSchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  /** The meeting that agreed it, when it was recorded from the minutes. */
  meetingId: IdSchema.optional(),
  notification: JobcentrePlusNotificationSchema,
  recordedBy: z.object({ id: IdSchema, name: z.string() }),
  recordedAt: InstantSchema,
});
export type JobcentrePlusRecord = z.infer<typeof JobcentrePlusRecordSchema>;

export const jobcentrePlusKind = defineDocument<JobcentrePlusRecord>({
  name: 'jobcentrePlusNotifications',
  version: 1,
  schema: JobcentrePlusRecordSchema,
  migrations: {},
  indexes: { caseId: (r) => r.caseId },
});

export const jobcentrePlusRecordId = (caseId: string): string => `mappaJ_${caseId}`;

const restrictionKinds = { work: 'Work', training: 'Training' } as const;
const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/**
 * The notification as a printable record (and, through the Word port, a Word document): identity,
 * each restriction and when it ends, and whether staff are at risk. Nothing else is there to print.
 */
export function jobcentrePlusPrintout(n: JobcentrePlusNotification, caseReference: string): DisclosureRecord {
  return {
    marking: securityMarking,
    title: 'MAPPA J: notification to Jobcentre Plus',
    caseReference,
    rows: [
      { label: 'MAPPA reference', value: caseReference },
      { label: 'Name', value: n.identity.name },
      { label: 'Date of birth', value: day(n.identity.dateOfBirth) },
      { label: 'National Insurance number', value: n.identity.nationalInsuranceNumber ?? 'Not given' },
      ...n.restrictions.map((r, i) => ({
        label: `Restriction ${i + 1}: ${restrictionKinds[r.kind].toLowerCase()}`,
        value: `${r.description} (until ${day(r.until)})`,
      })),
      {
        label: 'Risk to Jobcentre Plus staff',
        value:
          n.riskToStaff === 'yes'
            ? 'Yes: contact the MAPPA coordinator before any appointment'
            : 'No risk to staff identified',
      },
    ],
    recipientNotes: [
      'Jobcentre Plus is told only the person’s identity, the kinds of work or training restricted and until when, and whether staff are at risk.',
      'Keep this notice securely; do not copy it or pass it on.',
    ],
    signatures: ['Sent for the MAPPA panel by'],
  };
}
