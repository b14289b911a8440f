import { z } from 'zod';

import { IdSchema, InstantSchema, IsoDateSchema, textField } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/**
 * MAPPA J: what Jobcentre Plus may be told. Only the person's identity, the kinds of work or training
 * they must not do and until when, and whether staff are at risk. Every object is strict, so any
 * other field (offence, victim, address, health) is rejected rather than silently dropped.
 */
export const JobcentrePlusNotificationSchema = lazySchema(() =>
  z
    .object({
      identity: z
        .object({
          name: textField(200).min(1, 'Enter the person’s name'),
          dateOfBirth: IsoDateSchema,
          nationalInsuranceNumber: z
            .string()
            .trim()
            .toUpperCase()
            .regex(/^[A-Z]{2}\d{6}[A-D]$/, 'Enter a National Insurance number like QQ123456C')
            .optional(),
        })
        .strict(),
      restrictions: z
        .array(
          z
            .object({
              kind: z.enum(['work', 'training']),
              description: textField(300).min(1, 'Describe the kind of work or training'),
              until: IsoDateSchema,
            })
            .strict(),
        )
        .min(1, 'Give at least one kind of work or training that is restricted'),
      riskToStaff: z.enum(['yes', 'no']),
    })
    .strict(),
);
export type JobcentrePlusNotification = z.infer<typeof JobcentrePlusNotificationSchema>;

export const policeRanks = {
  superintendent: 'Superintendent',
  chiefSuperintendent: 'Chief Superintendent',
  assistantChiefConstable: 'Assistant Chief Constable',
  deputyChiefConstable: 'Deputy Chief Constable',
  chiefConstable: 'Chief Constable',
} as const;
export type PoliceRank = keyof typeof policeRanks;
const rankOrder = Object.keys(policeRanks) as PoliceRank[];

/** A disclosure to the media: a senior police decision; photographs need an Assistant Chief Constable or above. */
export const MediaDisclosureSchema = lazySchema(() =>
  z
    .object({
      id: IdSchema,
      caseId: IdSchema,
      decisionMaker: z.object({
        name: textField(200).min(1, 'Name the senior police decision-maker'),
        rank: z.enum(
          rankOrder as [PoliceRank, ...PoliceRank[]],
          'Choose the decision-maker’s rank (Superintendent or above)',
        ),
      }),
      includesPhotograph: z.boolean(),
      information: textField(4000).min(1, 'Record exactly what is released'),
      reasons: textField(4000).min(1, 'Give the reasons for the media disclosure'),
      decidedAt: InstantSchema,
    })
    .superRefine((m, ctx) => {
      if (
        m.includesPhotograph &&
        rankOrder.indexOf(m.decisionMaker.rank) < rankOrder.indexOf('assistantChiefConstable')
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['decisionMaker', 'rank'],
          message: 'Releasing a photograph to the media needs the decision of an Assistant Chief Constable or above.',
        });
      }
    }),
);
export type MediaDisclosure = z.infer<typeof MediaDisclosureSchema>;
