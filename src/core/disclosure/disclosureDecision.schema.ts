import { z } from 'zod';

import { IdSchema, textField } from '../shared/schemas';

/**
 * A disclosure decision recorded in the minutes' disclosure section. The full checklist (D1 to D20)
 * and its rules live beside this schema.
 */
export const DisclosureDecisionSchema = z.object({
  id: IdSchema,
  outcome: z.enum(['disclose', 'notNeeded']),
  reasons: textField(4000),
});
export type DisclosureDecision = z.infer<typeof DisclosureDecisionSchema>;
