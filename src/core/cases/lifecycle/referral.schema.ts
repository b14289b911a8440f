import { z } from 'zod';

import { defineDocument } from '../../storage/defineDocument';
import { AgencySchema, PersonSchema } from '../../people/agency';
import { IdSchema, InstantSchema, IsoDateSchema, LONG_TEXT_MAX, textField } from '../../shared/schemas';
import { CategorySchema, DisposalSchema, LevelSchema, NominalSchema } from '../case.schema';
import { lazySchema } from '../../shared/lazySchema';

const Who = lazySchema(() => z.object({ id: IdSchema, name: z.string() }));

/**
 * A referral to MAPPA Level 2 or 3 (form MAPPA A), from any agency, and the coordinator's decision.
 * The coordinator decides within the area's working days (10 nationally) from the day it arrives.
 */
export const ReferralSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    area: textField(100).min(1),
    /** An existing case being referred up (e.g. from Level 1), else a new nominal. */
    caseId: IdSchema.optional(),
    level: z.union([z.literal(2), z.literal(3)]),
    /** The category the referrer identifies (MAPPA A part 1); confirmed by the coordinator. */
    category: CategorySchema,
    nominal: NominalSchema,
    disposal: DisposalSchema.optional(),
    leadAgency: AgencySchema,
    /** Reasons for referral (MAPPA A part 6). */
    reasons: textField(LONG_TEXT_MAX).min(1, 'Give the reasons for the referral'),
    /** The risk of serious harm: who, what, when (MAPPA A parts 7 and 10). */
    risk: textField(LONG_TEXT_MAX).min(1, 'Describe the risk of serious harm'),
    /** How active multi-agency management adds value over what is already done. */
    addedValue: textField(LONG_TEXT_MAX).min(1, 'Say what multi-agency management would add'),
    referrer: PersonSchema,
    lineManager: PersonSchema.optional(),
    submittedAt: InstantSchema,
    /** The day the coordination unit received it: the decision clock starts here. */
    receivedOn: IsoDateSchema,
    /** The last working day for the decision. */
    decisionDue: IsoDateSchema,
    status: z.enum(['awaiting', 'accepted', 'declined']),
    decision: z
      .object({
        by: Who,
        at: InstantSchema,
        rationale: textField(2000).min(1, 'Give the rationale for the decision'),
        level: LevelSchema.optional(),
        chair: PersonSchema.optional(),
        /** When the referrer was told of a decline. */
        referrerNotifiedAt: InstantSchema.optional(),
      })
      .optional(),
  }),
);
export type Referral = z.infer<typeof ReferralSchema>;

export const referralKind = defineDocument<Referral>({
  name: 'referrals',
  version: 1,
  schema: ReferralSchema,
  migrations: {},
  indexes: { status: (r) => r.status, caseId: (r) => r.caseId },
});
