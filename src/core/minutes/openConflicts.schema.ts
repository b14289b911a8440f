import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { IdSchema, InstantSchema } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/**
 * A conflict waiting for a person, kept in the shared store beside the document it belongs to, so
 * that it survives the tab and the device that met it: whoever opens the document next sees both
 * versions and must choose. The stored document keeps the saved ("theirs") value meanwhile; the
 * unsaved one ("mine") lives only here until someone decides.
 */
export const OpenConflictSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    /** Dot path to the field, array items named by id. */
    path: z.string().min(1),
    base: z.unknown(),
    mine: z.unknown(),
    theirs: z.unknown(),
    /** Who made the unsaved version (name only, for "Alex's version"). */
    by: z.string().max(200).optional(),
    at: InstantSchema,
  }),
);
export type OpenConflict = z.infer<typeof OpenConflictSchema>;

/** The open conflicts of one document; id is `${kind}:${documentId}`. */
export const OpenConflictsSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    documentKind: z.string().min(1),
    documentId: IdSchema,
    /**
     * The case the document belongs to: the record holds its text, so in Microsoft 365 it is kept in
     * the case's folder, open only to the case's people. Optional: records from before it was kept stay in their list.
     */
    caseId: IdSchema.optional(),
    conflicts: z.array(OpenConflictSchema),
  }),
);
export type OpenConflicts = z.infer<typeof OpenConflictsSchema>;

export const openConflictsKind = defineDocument<OpenConflicts>({
  name: 'openConflicts',
  version: 1,
  schema: OpenConflictsSchema,
  migrations: {},
  indexes: { documentId: (c) => c.documentId },
});

export const openConflictsId = (kind: string, documentId: string): string => `${kind}:${documentId}`;
