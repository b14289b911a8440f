import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { IdSchema, InstantSchema, textField } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/**
 * The people a case protects: victims, potential victims, children and partners. Their names,
 * aliases, addresses and mail addresses never travel: not to the stage, an executive summary, a
 * third-party form or a mail body, and they are never sent the minutes. Kept apart from the case
 * record (which the register shows) so that reading the case never reads them.
 */
export const protectedKinds = {
  victim: 'Victim',
  potentialVictim: 'Potential victim',
  child: 'Child',
  partner: 'Partner',
} as const;
export type ProtectedKind = keyof typeof protectedKinds;
export const ProtectedKindSchema = lazySchema(() =>
  z.enum(Object.keys(protectedKinds) as [ProtectedKind, ...ProtectedKind[]]),
);

export const ProtectedPersonSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    kind: ProtectedKindSchema,
    name: textField(200).min(1, 'Enter the person’s name'),
    aliases: z.array(textField(200).min(1)).default([]),
    /** Postal addresses, one per entry; lines separated by commas or new lines. */
    addresses: z.array(textField(500).min(1)).default([]),
    /** Every mail address known for the person. */
    emails: z.array(textField(320).min(1)).default([]),
    /** Their directory object id, when they have one in the tenant (for example a member of staff). */
    directoryId: IdSchema.optional(),
  }),
);
export type ProtectedPerson = z.infer<typeof ProtectedPersonSchema>;

/** One document per case: its id is the case's id. */
export const ProtectedPeopleSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    caseId: IdSchema,
    people: z.array(ProtectedPersonSchema).default([]),
    updatedAt: InstantSchema,
  }),
);
export type ProtectedPeople = z.infer<typeof ProtectedPeopleSchema>;

export const protectedPeopleKind = defineDocument<ProtectedPeople>({
  name: 'protectedPeople',
  version: 1,
  schema: ProtectedPeopleSchema,
  migrations: {},
  indexes: { caseId: (p) => p.caseId },
});
