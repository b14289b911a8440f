import { z } from 'zod';

import { AgencySchema } from '../people/agency';
import { IdSchema, InstantSchema, IsoDateSchema, textField } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/**
 * A disclosure decision recorded in the minutes' disclosure section (checklist D1 to D20 in the
 * domain notes). The schema accepts a draft, so that nothing typed is lost; `validateDisclosure`
 * decides whether it may be saved as a decision.
 */

/** D3: the lawful bases a MAPPA disclosure rests on. */
export const lawfulBases = {
  commonLawPolice: 'Common-law police power to disclose',
  dataProtectionAct: 'Data Protection Act 2018',
  humanRightsAct: 'Human Rights Act 1998 (Article 8(2))',
  childrenActs: 'Children Acts 1989 and 2004',
  cjaS327A: 'Criminal Justice Act 2003 s.327A (child sex offender disclosure)',
  cjiaS140: 'Criminal Justice and Immigration Act 2008 s.140',
} as const;
export type LawfulBasis = keyof typeof lawfulBases;
export const LawfulBasisSchema = lazySchema(() => z.enum(Object.keys(lawfulBases) as [LawfulBasis, ...LawfulBasis[]]));

/** D11: the listed reasons not to seek the offender's representations. */
export const representationExceptions = {
  prejudiceInvestigation: 'Seeking them would prejudice an investigation',
  riskToChildren: 'Seeking them would put children at risk',
  riskToPartner: 'Seeking them would put a new partner at risk',
  riskToSources: 'Seeking them would put sources at risk',
  reinforcesGrievance: 'Seeking them would reinforce grievance thinking',
  imminentRisk: 'There is no time: the risk is imminent',
  cannotTrace: 'The offender cannot be traced',
} as const;
export type RepresentationException = keyof typeof representationExceptions;
export const RepresentationExceptionSchema = lazySchema(() =>
  z.enum(Object.keys(representationExceptions) as [RepresentationException, ...RepresentationException[]]),
);

/** D2: whom the disclosure protects. */
export const disclosurePurposes = {
  namedVictim: 'A named victim',
  potentialVictims: 'Potential victims',
  children: 'Children',
  staff: 'Staff',
  public: 'The public',
} as const;
export type DisclosurePurpose = keyof typeof disclosurePurposes;

export const disclosureMethods = {
  inPerson: 'In person',
  telephone: 'By telephone',
  videoCall: 'By video call',
  letter: 'By letter, delivered by hand',
} as const;
export type DisclosureMethod = keyof typeof disclosureMethods;

/** D20: where consent to share health information stands. */
export const healthConsentLabels = {
  obtained: 'Consent obtained',
  refused: 'Consent refused',
  notSought: 'Consent not sought',
} as const;

/** D7: what became of an alternative to the panel disclosing. */
export const alternativeResults = {
  rejected: 'Considered and rejected',
  preferred: 'Considered and preferred: it makes a disclosure by the panel unnecessary',
} as const;
export type AlternativeResult = keyof typeof alternativeResults;
export const AlternativeResultSchema = lazySchema(() => z.enum(['rejected', 'preferred']));

const NamedPartySchema = lazySchema(() =>
  z.object({
    name: textField(200).default(''),
    role: textField(200).default(''),
  }),
);

export const DisclosureDecisionSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    outcome: z.enum(['disclose', 'notNeeded']),
    /** Why: for "not needed" as much as for "disclose" (D1, D18). */
    reasons: textField(4000),
    purpose: z.enum(Object.keys(disclosurePurposes) as [DisclosurePurpose, ...DisclosurePurpose[]]).optional(),
    lawfulBasis: LawfulBasisSchema.optional(),
    lawfulBasisNote: textField(1000).default(''),
    /** D4: the risk of serious harm and how disclosure reduces it. */
    necessity: textField(2000).default(''),
    /** D5: why this content, to these recipients, is no more than needed. */
    proportionality: textField(2000).default(''),
    /** D6: facts checked, and both people correctly identified. */
    accuracy: z
      .object({
        factsChecked: z.boolean().default(false),
        offenderIdentified: z.boolean().default(false),
        recipientIdentified: z.boolean().default(false),
        howVerified: textField(1000).default(''),
      })
      .prefault({}),
    /**
     * D7: every alternative considered, for either outcome. One may be preferred to a disclosure by the
     * panel (the nominal telling the person himself under supervision, or choosing other work);
     * `whyRejected` then says why it serves instead.
     */
    alternatives: z
      .array(
        z.object({
          alternative: textField(500).default(''),
          result: AlternativeResultSchema.default('rejected'),
          whyRejected: textField(1000).default(''),
        }),
      )
      .default([]),
    /** D8: weighed, never outweighing the risk to others. */
    riskToOffender: textField(2000).default(''),
    /** D9: prompted when the nominal is a child sex offender. */
    childSexOffenderPresumption: z
      .object({
        applies: z.enum(['yes', 'no']).optional(),
        /** A defensible reason not to disclose where the presumption applies, or why it does not apply. */
        note: textField(2000).default(''),
      })
      .prefault({}),
    /** D9: conditions imposed on the recipient, e.g. no onward disclosure. */
    conditionsOnRecipient: textField(1000).default(''),
    /** D10: where the nominal is under 18, the senior representatives recorded present (person ids). */
    seniorRepresentatives: z
      .object({ youthJustice: IdSchema.optional(), childrensServices: IdSchema.optional() })
      .prefault({}),
    /** D11 */
    representations: z
      .object({
        sought: z.enum(['yes', 'no']).optional(),
        summary: textField(2000).default(''),
        exception: RepresentationExceptionSchema.optional(),
      })
      .prefault({}),
    /** D12 */
    offenderTold: z
      .object({
        told: z.enum(['yes', 'no']).optional(),
        reasonNotTold: textField(1000).default(''),
        recipientInformedOffenderNotTold: z.boolean().default(false),
      })
      .prefault({}),
    /** D13: exactly what is disclosed, agreed in the meeting. */
    information: textField(4000).default(''),
    /** D13: anything beyond the agreed content, each with the chair's recorded permission. */
    additionalInformation: z
      .array(
        z.object({
          information: textField(2000).default(''),
          chairPermission: z.object({ by: textField(200).min(1), at: InstantSchema }).optional(),
        }),
      )
      .default([]),
    /** D14 */
    discloser: NamedPartySchema.extend({ agency: AgencySchema.optional() }).prefault({}),
    recipient: NamedPartySchema.prefault({}),
    when: IsoDateSchema.optional(),
    method: z.enum(Object.keys(disclosureMethods) as [DisclosureMethod, ...DisclosureMethod[]]).optional(),
    /** D14: the named contact the recipient calls if the risk rises. */
    recipientContact: z
      .object({
        name: textField(200).default(''),
        telephone: textField(40).default(''),
        email: textField(320).default(''),
      })
      .prefault({}),
    /**
     * D19: a disclosure that could not wait for a meeting. A senior manager authorises it; the next
     * meeting reviews it, so the minutes say who authorised it, on what day and why it could not wait.
     */
    urgent: z
      .object({
        outsideMeeting: z.boolean().default(false),
        authorisedBy: textField(200).default(''),
        authorisedOn: IsoDateSchema.optional(),
        whyCouldNotWait: textField(2000).default(''),
      })
      .prefault({}),
    /**
     * D20: health information in the disclosure, under the Caldicott principles: consent sought where
     * possible; without it, the public-interest reason and the Caldicott Guardian (or senior clinician)
     * consulted.
     */
    health: z
      .object({
        includesHealthInformation: z.enum(['yes', 'no']).optional(),
        consent: z.enum(['obtained', 'refused', 'notSought']).optional(),
        reasonWithoutConsent: textField(2000).default(''),
        caldicottGuardian: textField(200).default(''),
      })
      .prefault({}),
    /** D18: dissent and its rationale. */
    dissent: textField(2000).default(''),
    recordedAt: InstantSchema.optional(),
    /** D16: when the coordinator was told. */
    reportedToCoordinatorAt: InstantSchema.optional(),
  }),
);
export type DisclosureDecision = z.infer<typeof DisclosureDecisionSchema>;
export type DisclosureDecisionInput = z.input<typeof DisclosureDecisionSchema>;

export const emptyDisclosureDecision = (
  id: string,
  outcome: DisclosureDecision['outcome'] = 'notNeeded',
): DisclosureDecision => DisclosureDecisionSchema.parse({ id, outcome, reasons: '' });
