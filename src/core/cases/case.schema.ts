import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { AgencySchema, PersonSchema } from '../people/agency';
import { IdSchema, InstantSchema, IsoDateSchema, textField } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

export const CategorySchema = lazySchema(() => z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]));
export type Category = z.infer<typeof CategorySchema>;
export const LevelSchema = lazySchema(() => z.union([z.literal(1), z.literal(2), z.literal(3)]));
export type Level = z.infer<typeof LevelSchema>;

export const categoryLabels: Record<Category, string> = {
  1: 'Category 1: registered sexual offender',
  2: 'Category 2: violent or other sexual offender',
  3: 'Category 3: other dangerous offender',
  4: 'Category 4: terrorism',
};

export const NominalSchema = lazySchema(() =>
  z.object({
    name: textField(200).min(1, 'Enter the nominal’s name'),
    dateOfBirth: IsoDateSchema,
    aliases: z.array(textField(200)).default([]),
    identifiers: z
      .object({ pnc: textField(40).optional(), visor: textField(40).optional(), agencyRef: textField(60).optional() })
      .default({}),
    address: textField(500).optional(),
    /** Prompts the presumption of disclosure where the nominal poses a risk of serious harm to children. */
    childSexOffender: z.boolean().default(false),
    /** Custody or community: prison joins the standing members when in custody. */
    inCustody: z.boolean().default(false),
  }),
);
export type Nominal = z.infer<typeof NominalSchema>;

/**
 * The order or sentence that brings the person under MAPPA and drives identification, re-screening
 * and the exit date (MAPPA guidance: identification within 3 days of sentence or admission; custody
 * cases re-screened 6 months before release, 12 when complex).
 */
export const DisposalSchema = lazySchema(() =>
  z.object({
    kind: z.enum(['custody', 'community', 'hospital', 'guardianship', 'caution', 'conditionalDischarge']),
    /** Sentence, order or admission date. */
    from: IsoDateSchema,
    /** Release date (custody), order end (community, hospital, guardianship), discharge end. */
    until: IsoDateSchema.optional(),
    /** Custodial term in months, for the Category 1 notification period. */
    termMonths: z.number().int().min(0).max(1200).optional(),
    /** Complex cases are re-screened 12 months before release rather than 6. */
    complex: z.boolean().default(false),
    /** Who notified MAPPA and when (hospital and guardianship orders, custody). */
    notifiedBy: PersonSchema.optional(),
    notifiedAt: InstantSchema.optional(),
  }),
);
export type Disposal = z.infer<typeof DisposalSchema>;

/** A panel member for the case: a standing agency member or someone involved in the case. */
export const CaseMemberSchema = lazySchema(() =>
  z.object({
    person: PersonSchema,
    standing: z.boolean().default(false),
  }),
);
export type CaseMember = z.infer<typeof CaseMemberSchema>;

/** A person managed under MAPPA, with the reference by which everyone outside the panel names the case. */
export const CaseSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    /** The only case identifier shown outside the panel (action lists, reminders, links). */
    reference: z.string().regex(/^[A-Z]{2,5}-\d{4}-\d{3,5}$/, 'Case references look like MP-2026-0142'),
    area: textField(100).min(1),
    nominal: NominalSchema,
    category: CategorySchema,
    level: LevelSchema,
    leadAgency: AgencySchema,
    offenderManager: PersonSchema.optional(),
    status: z.enum(['active', 'exited']),
    createdAt: InstantSchema,
    /** The case's chair, chosen from the area's eligible chairs for its level. */
    chair: PersonSchema.optional(),
    /** Panel members by agency; with the chair they feed invitations and the access rules. */
    members: z.array(CaseMemberSchema).default([]),
    disposal: DisposalSchema.optional(),
    /** Register flags the facts alone do not give (under 18 and registration come from the nominal and category). */
    flags: z
      .object({
        mediaInterest: z.boolean().default(false),
        /** Set when a further offence charged within 28 days of Level 2 or 3 management requires a Serious Case Review. */
        seriousCaseReview: z.boolean().default(false),
      })
      .default({ mediaInterest: false, seriousCaseReview: false }),
    /** The date the law fixes for leaving MAPPA, where it does (notification period, licence or order end). */
    exitDue: IsoDateSchema.optional(),
    /** The next review the last finalised minutes set; the minutes are its one source. */
    nextReviewDue: IsoDateSchema.optional(),
    exitedAt: InstantSchema.optional(),
  }),
);
export type Case = z.infer<typeof CaseSchema>;

export const caseKind = defineDocument<Case>({
  name: 'cases',
  version: 3,
  schema: CaseSchema,
  migrations: {
    // Version 1 kept the PNC and ViSOR references loose on the nominal; version 2 groups identifiers.
    1: (v1) => {
      const nominal = { ...(v1.nominal as Record<string, unknown>) };
      const { pnc, visorRef, ...rest } = nominal;
      return { ...v1, nominal: { ...rest, identifiers: { pnc, visor: visorRef } } };
    },
    // Version 3 adds the chair, members, disposal, flags and exit dates; older cases have none yet.
    2: (v2) => v2,
  },
  indexes: { reference: (c) => c.reference, status: (c) => c.status },
});
