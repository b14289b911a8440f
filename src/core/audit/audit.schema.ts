import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { IdSchema, InstantSchema, textField } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/**
 * One line of the append-only audit log (DPA 2018 s.62 style): who, when, what and why.
 * It names records by id and never copies their content.
 */
export const AuditEventSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    at: InstantSchema,
    actor: z.object({ id: IdSchema, name: z.string() }),
    verb: z.enum([
      'view',
      'create',
      'edit',
      'finalise',
      'correct',
      'export',
      'distribute',
      'disclosure',
      'acknowledge',
      'remind',
      'schedule',
      'refuse',
      'changeLevel',
      'changeCategory',
      'exit',
    ]),
    subject: z.object({ kind: z.string(), id: IdSchema }),
    caseId: IdSchema.optional(),
    /** Why, in the actor's words or the rule that applied. */
    reason: textField(1000).optional(),
    /** What, as labels (e.g. "executive summary", recipient domains), never case content. */
    detail: z.record(z.string(), z.string()).default({}),
  }),
);
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const auditKind = defineDocument<AuditEvent>({
  name: 'audit',
  version: 1,
  schema: AuditEventSchema,
  migrations: {},
  indexes: { caseId: (e) => e.caseId, subjectId: (e) => e.subject.id, verb: (e) => e.verb },
  // The audit page's order (read descending: newest first), kept with each write so a page reads alone.
  orders: { time: (e) => auditTimeKey(e) },
  // Append-only in every store: a line once written is never changed (each store applies the guard).
  guardUpdate: () => 'The audit log is append-only: an event once written cannot be changed.',
});

export type AuditVerb = AuditEvent['verb'];

/** When an event happened, then its id: descending, the audit page's newest-first order. */
export const auditTimeKey = (e: Pick<AuditEvent, 'at' | 'id'>): string => `${e.at}|${e.id}`;

/** What each kind of event is called on the audit page. */
export const auditVerbLabels: Record<AuditVerb, string> = {
  view: 'Viewed',
  create: 'Created',
  edit: 'Edited',
  finalise: 'Finalised',
  correct: 'Corrected',
  export: 'Exported',
  distribute: 'Distributed',
  disclosure: 'Disclosure recorded',
  acknowledge: 'Acknowledged confidentiality',
  remind: 'Reminder sent',
  schedule: 'Scheduled',
  refuse: 'Refused',
  changeLevel: 'Changed level',
  changeCategory: 'Changed category',
  exit: 'Exited or ended',
};
