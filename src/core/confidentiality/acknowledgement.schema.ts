import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { PersonSchema } from '../people/agency';
import { IdSchema, InstantSchema } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/** One attendee's acknowledgement of the confidentiality statement for one meeting; id is `${meetingId}:${person.id}`. */
export const AcknowledgementSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    meetingId: IdSchema,
    caseId: IdSchema,
    person: PersonSchema,
    at: InstantSchema,
    /** The statement as it read when acknowledged. */
    statement: z.string(),
    /** The language of that statement: the area keeps it in English and Welsh. */
    language: z.enum(['en-GB', 'cy-GB']),
  }),
);
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

export const acknowledgementKind = defineDocument<Acknowledgement>({
  name: 'acknowledgements',
  version: 2,
  schema: AcknowledgementSchema,
  // Version 1 had the English statement only.
  migrations: { 1: (v1) => ({ ...v1, language: 'en-GB' }) },
  indexes: { meetingId: (a) => a.meetingId, personId: (a) => a.person.id },
});
