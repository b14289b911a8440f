import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { AgencySchema, PersonSchema } from '../people/agency';
import { IdSchema, InstantSchema, IsoDateSchema, textField } from '../shared/schemas';

export const CategorySchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Category = z.infer<typeof CategorySchema>;
export const LevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Level = z.infer<typeof LevelSchema>;

export const categoryLabels: Record<Category, string> = {
  1: 'Category 1: registered sexual offender',
  2: 'Category 2: violent or other sexual offender',
  3: 'Category 3: other dangerous offender',
  4: 'Category 4: terrorism',
};

export const NominalSchema = z.object({
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
});
export type Nominal = z.infer<typeof NominalSchema>;

/** A person managed under MAPPA, with the reference by which everyone outside the panel names the case. */
export const CaseSchema = z.object({
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
});
export type Case = z.infer<typeof CaseSchema>;

export const caseKind = defineDocument<Case>({
  name: 'cases',
  version: 2,
  schema: CaseSchema,
  migrations: {
    // Version 1 kept the PNC and ViSOR references loose on the nominal; version 2 groups identifiers.
    1: (v1) => {
      const nominal = { ...(v1.nominal as Record<string, unknown>) };
      const { pnc, visorRef, ...rest } = nominal;
      return { ...v1, nominal: { ...rest, identifiers: { pnc, visor: visorRef } } };
    },
  },
  indexes: { reference: (c) => c.reference, status: (c) => c.status },
});
