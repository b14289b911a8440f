import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { PersonSchema } from '../people/agency';
import { IdSchema, InstantSchema, textField } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/** An agency's written update for a meeting its representative cannot attend. */
export const WrittenUpdateSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    meetingId: IdSchema,
    caseId: IdSchema,
    caseReference: z.string(),
    author: PersonSchema,
    text: textField(8000).min(1, 'Write the update'),
    at: InstantSchema,
  }),
);
export type WrittenUpdate = z.infer<typeof WrittenUpdateSchema>;

export const writtenUpdateKind = defineDocument<WrittenUpdate>({
  name: 'writtenUpdates',
  version: 1,
  schema: WrittenUpdateSchema,
  migrations: {},
  indexes: { meetingId: (w) => w.meetingId, caseId: (w) => w.caseId, authorId: (w) => w.author.id },
});
