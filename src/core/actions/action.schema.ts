import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { AgencySchema, PersonSchema } from '../people/agency';
import { ACTION_TEXT_MAX, IdSchema, InstantSchema, IsoDateSchema, textField } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/** The four Risk Management Plan pillars, plus the contingency plan. */
export const pillars = {
  supervision: 'Supervision',
  monitoringControl: 'Monitoring & Control',
  interventionsTreatment: 'Interventions & Treatment',
  victimSafety: 'Victim Safety Planning',
  contingency: 'Contingency',
} as const;
export type Pillar = keyof typeof pillars;
export const PillarSchema = lazySchema(() => z.enum(Object.keys(pillars) as [Pillar, ...Pillar[]]));

export const actionStatuses = {
  open: 'Open',
  inProgress: 'In progress',
  done: 'Done',
  notDoneCircumstances: 'Not done: circumstances changed',
  notDoneAgency: 'Not done: agency did not act',
} as const;
export type ActionStatus = keyof typeof actionStatuses;
export const ActionStatusSchema = lazySchema(() =>
  z.enum(Object.keys(actionStatuses) as [ActionStatus, ...ActionStatus[]]),
);

/** Statuses that close an action: it is no longer due, and a different closing status is a conflict. */
export const terminalStatuses: readonly ActionStatus[] = ['done', 'notDoneCircumstances', 'notDoneAgency'];
export const isTerminal = (s: ActionStatus): boolean => terminalStatuses.includes(s);

/**
 * The key an action sorts under in the coordinator's list, the same order as `compareActions`
 * (`dueState.ts`) on any day: among open actions overdue, due soon and later follow the due date
 * itself, so "open first, then by due date, then by id" needs no "today". Stores keep it with each
 * write (`actionKind.orders`), so the list's first page is read without decoding every action.
 */
export const actionListKey = (a: { id: string; dueDate: string; status: ActionStatus }): string =>
  `${isTerminal(a.status) ? 1 : 0}|${a.dueDate}|${a.id}`;

export const ActionUpdateSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    at: InstantSchema,
    by: z.object({ id: IdSchema, name: z.string(), agency: AgencySchema }),
    // Room for the panel's review line ahead of a review note of the full action length, so it is never cut.
    text: textField(ACTION_TEXT_MAX + 200),
    status: ActionStatusSchema.optional(),
  }),
);
export type ActionUpdate = z.infer<typeof ActionUpdateSchema>;

/** An action agreed at a panel, owned by one person in one agency, reviewed at the next panel. */
export const ActionSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    caseId: IdSchema,
    caseReference: z.string(),
    seriesId: IdSchema.optional(),
    /** The meeting at which the action was agreed. */
    meetingId: IdSchema,
    text: textField(ACTION_TEXT_MAX).min(1, 'Describe the action'),
    pillar: PillarSchema,
    owner: PersonSchema,
    dueDate: IsoDateSchema,
    status: ActionStatusSchema,
    updates: z.array(ActionUpdateSchema).default([]),
    createdAt: InstantSchema,
  }),
);
export type Action = z.infer<typeof ActionSchema>;

export const actionKind = defineDocument<Action>({
  name: 'actions',
  version: 1,
  schema: ActionSchema,
  migrations: {},
  indexes: {
    caseId: (a) => a.caseId,
    seriesId: (a) => a.seriesId,
    meetingId: (a) => a.meetingId,
    ownerId: (a) => a.owner.id,
    ownerEmail: (a) => a.owner.email,
    status: (a) => a.status,
  },
  // The coordinator's list order (`actionListKey`), kept with each write so its first page reads alone.
  orders: { list: (a) => actionListKey(a) },
});
