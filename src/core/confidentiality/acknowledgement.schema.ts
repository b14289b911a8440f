import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { PersonSchema } from '../people/agency';
import { IdSchema, InstantSchema } from '../shared/schemas';

/** One attendee's acknowledgement of the confidentiality statement for one meeting; id is `${meetingId}:${person.id}`. */
export const AcknowledgementSchema = z.object({
  id: IdSchema,
  meetingId: IdSchema,
  caseId: IdSchema,
  person: PersonSchema,
  at: InstantSchema,
  /** The statement as it read when acknowledged. */
  statement: z.string(),
});
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

export const acknowledgementKind = defineDocument<Acknowledgement>({
  name: 'acknowledgements',
  version: 1,
  schema: AcknowledgementSchema,
  migrations: {},
  indexes: { meetingId: (a) => a.meetingId, personId: (a) => a.person.id },
});
