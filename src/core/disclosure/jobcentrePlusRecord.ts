import { z } from 'zod';

import { msg, type Message } from '../../i18n/message';
import { defineDocument } from '../storage/defineDocument';
import { IdSchema, InstantSchema } from '../shared/schemas';
import { securityMarking, type DisclosureRecord } from './disclosureRecord';
import { JobcentrePlusNotificationSchema, type JobcentrePlusNotification } from './specialChannels';
import { lazySchema } from '../shared/lazySchema';

/**
 * A case's MAPPA J notification to Jobcentre Plus, stored as its own document (one per case, id
 * `mappaJ_<caseId>`), never in the minutes: it holds only what the strict schema allows.
 */
export const JobcentrePlusRecordSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    caseId: IdSchema,
    /** The meeting that agreed it, when it was recorded from the minutes. */
    meetingId: IdSchema.optional(),
    notification: JobcentrePlusNotificationSchema,
    recordedBy: z.object({ id: IdSchema, name: z.string() }),
    recordedAt: InstantSchema,
  }),
);
export type JobcentrePlusRecord = z.infer<typeof JobcentrePlusRecordSchema>;

export const jobcentrePlusKind = defineDocument<JobcentrePlusRecord>({
  name: 'jobcentrePlusNotifications',
  version: 1,
  schema: JobcentrePlusRecordSchema,
  migrations: {},
  indexes: { caseId: (r) => r.caseId },
});

export const jobcentrePlusRecordId = (caseId: string): string => `mappaJ_${caseId}`;

/**
 * A yyyy-mm-dd day as a date the translator says in its language (ICU `{date, date, long}`): local
 * midnight of that day, as the translator formats in the local time zone, so no zone moves the day.
 */
const day = (iso: string): Message => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return msg('disclosure.jobcentrePlus.day', { date: new Date(y, m - 1, d) });
};

/**
 * The notification as a printable record (and, through the Word port, a Word document): identity,
 * each restriction and when it ends, and whether staff are at risk. Nothing else is there to print.
 */
export function jobcentrePlusPrintout(n: JobcentrePlusNotification, caseReference: string): DisclosureRecord {
  return {
    marking: securityMarking,
    title: msg('disclosure.jobcentrePlus.title'),
    caseReference,
    rows: [
      { label: msg('disclosure.jobcentrePlus.reference'), value: caseReference },
      { label: msg('disclosure.jobcentrePlus.name'), value: n.identity.name },
      { label: msg('disclosure.jobcentrePlus.dateOfBirth'), value: day(n.identity.dateOfBirth) },
      {
        label: msg('disclosure.jobcentrePlus.nationalInsuranceNumber'),
        value: n.identity.nationalInsuranceNumber ?? msg('disclosure.jobcentrePlus.notGiven'),
      },
      ...n.restrictions.map((r, i) => ({
        label: msg('disclosure.jobcentrePlus.restriction', { number: i + 1, kind: r.kind }),
        value: msg('disclosure.jobcentrePlus.restrictionUntil', { description: r.description, until: day(r.until) }),
      })),
      {
        label: msg('disclosure.jobcentrePlus.riskToStaff'),
        value: msg('disclosure.jobcentrePlus.riskToStaffAnswer', { risk: n.riskToStaff }),
      },
    ],
    recipientNotes: [msg('disclosure.jobcentrePlus.note.onlyThis'), msg('disclosure.jobcentrePlus.note.keepSecure')],
    signatures: [msg('disclosure.jobcentrePlus.sentBy')],
  };
}
