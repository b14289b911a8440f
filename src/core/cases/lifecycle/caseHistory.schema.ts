import { z } from 'zod';

import { defineDocument } from '../../storage/defineDocument';
import { IdSchema, InstantSchema, IsoDateSchema, textField } from '../../shared/schemas';
import { CategorySchema, LevelSchema } from '../case.schema';
import { lazySchema } from '../../shared/lazySchema';

/**
 * One decision in a case's life, kept for good: who decided what, when, why and where (the
 * register, a referral, a screening or finalised minutes). Level and category changes, exits and
 * the Serious Case Review flag each leave one; the case itself holds only the current state.
 */
export const CaseDecisionSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    caseId: IdSchema,
    at: InstantSchema,
    by: z.object({ id: IdSchema, name: z.string() }),
    kind: z.enum([
      'identified',
      'levelChanged',
      'categoryChanged',
      'reviewSet',
      'exited',
      'seriousFurtherOffence',
      // The case's chair or panel members changed (who may see the case changes with them).
      'teamChanged',
    ]),
    source: z.enum(['identification', 'referral', 'screening', 'register', 'minutes']),
    /** The minutes (meeting id) and signed version a decision came from. */
    minutes: z.object({ meetingId: IdSchema, version: z.number().int().min(1) }).optional(),
    level: z.object({ from: LevelSchema.optional(), to: LevelSchema }).optional(),
    category: z.object({ from: CategorySchema.optional(), to: CategorySchema }).optional(),
    nextReview: IsoDateSchema.optional(),
    rationale: textField(2000),
  }),
);
export type CaseDecision = z.infer<typeof CaseDecisionSchema>;

export const caseDecisionKind = defineDocument<CaseDecision>({
  name: 'caseDecisions',
  version: 1,
  schema: CaseDecisionSchema,
  migrations: {},
  indexes: { caseId: (d) => d.caseId, kind: (d) => d.kind },
});
