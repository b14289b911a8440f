import { z } from 'zod';

import { LevelSchema } from '../cases/case.schema';
import { defineDocument } from '../storage/defineDocument';
import { PersonSchema } from '../people/agency';
import { IdSchema, InstantSchema, IsoDateSchema, textField } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/** A recurring panel for one case at one level. A level change ends the series and starts another. */
export const PanelSeriesSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    caseId: IdSchema,
    caseReference: z.string(),
    level: LevelSchema,
    cadenceWeeks: z.number().int().min(1).max(52),
    /** First meeting, local wall-clock time in the area's zone. */
    firstMeetingDate: IsoDateSchema,
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 10:00'),
    durationMinutes: z.number().int().min(15).max(480),
    timeZone: z.string().default('Europe/London'),
    chair: PersonSchema,
    coordinator: PersonSchema.optional(),
    members: z.array(PersonSchema).default([]),
    status: z.enum(['scheduling', 'active', 'ended']),
    endedOn: IsoDateSchema.optional(),
    endReason: textField(500).optional(),
    /** Links to the calendar once scheduled; absent in local-only series. */
    calendar: z
      .object({
        eventId: z.string().optional(),
        onlineMeetingId: z.string().optional(),
        chatId: z.string().optional(),
        joinUrl: z.string().url().optional(),
        transactionId: z.string().optional(),
        steps: z.array(z.string()).default([]),
        /** The calendar refused the last change of chair or members: its invitations name others still. */
        attendeesOutdated: z.boolean().optional(),
      })
      .optional(),
    createdAt: InstantSchema,
  }),
);
export type PanelSeries = z.infer<typeof PanelSeriesSchema>;

export const seriesKind = defineDocument<PanelSeries>({
  name: 'series',
  version: 1,
  schema: PanelSeriesSchema,
  migrations: {},
  indexes: { caseId: (s) => s.caseId, status: (s) => s.status },
});

export const MeetingSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    seriesId: IdSchema.optional(),
    caseId: IdSchema,
    caseReference: z.string(),
    kind: z.enum(['initial', 'review', 'urgent']),
    /** 1 for the first meeting of the case, then counting every meeting held. */
    sequence: z.number().int().min(1),
    start: InstantSchema,
    durationMinutes: z.number().int().min(15).max(480),
    status: z.enum(['scheduled', 'inProgress', 'held', 'cancelled']),
    /** The Teams chat of the online meeting, which binds the meeting tab to this meeting. */
    chatId: z.string().optional(),
    joinUrl: z.string().url().optional(),
  }),
);
export type Meeting = z.infer<typeof MeetingSchema>;

export const meetingKind = defineDocument<Meeting>({
  name: 'meetings',
  version: 1,
  schema: MeetingSchema,
  migrations: {},
  indexes: {
    caseId: (m) => m.caseId,
    seriesId: (m) => m.seriesId,
    chatId: (m) => m.chatId,
    status: (m) => m.status,
  },
});
