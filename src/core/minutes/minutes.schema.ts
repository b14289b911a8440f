import { z } from 'zod';

import { ActionStatusSchema, PillarSchema } from '../actions/action.schema';
import { CategorySchema, LevelSchema } from '../cases/case.schema';
import { MinimumNecessaryAnswersSchema } from '../confidentiality/minimumNecessary';
import { DisclosureDecisionSchema } from '../disclosure/disclosureDecision.schema';
import { defineDocument } from '../storage/defineDocument';
import { AgencySchema, PersonSchema } from '../people/agency';
import { signedMinutesProblem } from './signedRecord';
import { IdSchema, InstantSchema, IsoDateSchema, LONG_TEXT_MAX, textField } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/**
 * The MAPPA B (or MAPPA C) minutes of one meeting, in meeting order. A draft is allowed to be
 * incomplete (almost every field is optional or empty); `checkCompleteness` says what finalising
 * still needs. The document id is the meeting id.
 */
const text = (max = LONG_TEXT_MAX) => textField(max).default('');

export const RoshLevelSchema = lazySchema(() => z.enum(['low', 'medium', 'high', 'veryHigh']));
export type RoshLevel = z.infer<typeof RoshLevelSchema>;
export const roshLabels: Record<RoshLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  veryHigh: 'Very high',
};

export const roshGroups = {
  children: 'Children',
  public: 'Public',
  knownAdult: 'Known adult',
  staff: 'Staff',
  prisoners: 'Prisoners',
} as const;
export type RoshGroup = keyof typeof roshGroups;

const RoshRowSchema = lazySchema(() =>
  z
    .object({
      children: RoshLevelSchema.optional(),
      public: RoshLevelSchema.optional(),
      knownAdult: RoshLevelSchema.optional(),
      staff: RoshLevelSchema.optional(),
      prisoners: RoshLevelSchema.optional(),
    })
    .prefault({}),
);

export const AttendanceSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    person: PersonSchema,
    attendance: z.enum(['present', 'apologies', 'writtenUpdate']),
    /** Attending in someone's place, e.g. "deputy for the housing lead". */
    note: textField(200).optional(),
    /** When they acknowledged the confidentiality statement (copied from their acknowledgement for this meeting). */
    acknowledgedAt: InstantSchema.optional(),
    /** The chair's recorded reason a present attendee has not acknowledged (e.g. joined by telephone). */
    // A draft may hold a half-typed reason; `finaliseGate` counts only a non-empty one.
    acknowledgementWaiver: z
      .object({
        reason: textField(500).default(''),
        recordedBy: z.object({ id: IdSchema, name: z.string() }),
        at: InstantSchema,
      })
      .optional(),
  }),
);
export type Attendance = z.infer<typeof AttendanceSchema>;

export const AgencyInformationSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    agency: AgencySchema,
    /** Who gave the information; for a written update, its author. */
    from: z.string().trim().max(200).default(''),
    /** `written`: read out from a written update the agency sent because it could not attend. */
    source: z.enum(['verbal', 'written']).default('verbal'),
    writtenUpdateId: IdSchema.optional(),
    text: text(),
    /** The minimum-necessary check the contribution passed, recorded with it. */
    minimumNecessary: MinimumNecessaryAnswersSchema.optional(),
  }),
);
export type AgencyInformation = z.infer<typeof AgencyInformationSchema>;

/** What the holding agency decided about a request for its document or information. */
export const requestDecisions = {
  sharedInFull: 'Shared in full',
  sharedInPart: 'Shared in part',
  declined: 'Declined',
} as const;
export type RequestDecision = keyof typeof requestDecisions;
export const RequestDecisionSchema = lazySchema(() =>
  z.enum(Object.keys(requestDecisions) as [RequestDecision, ...RequestDecision[]]),
);

/**
 * A request from one agency for another's document or information (a tribunal report, a risk
 * assessment), recorded as its own decision rather than buried in an agency's contribution.
 */
export const InformationRequestSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    /** The agency asking, and who asked for it. */
    requestingAgency: AgencySchema,
    requestedBy: textField(200).default(''),
    /** The agency that holds what was asked for and decides. */
    holdingAgency: AgencySchema,
    requested: text(2000),
    purpose: text(2000),
    decision: RequestDecisionSchema.optional(),
    reason: text(2000),
    /** What was actually shared (in full or in part); empty when declined. */
    shared: text(4000),
    /** The minimum-necessary check of what was shared. */
    minimumNecessary: MinimumNecessaryAnswersSchema.optional(),
  }),
);
export type InformationRequest = z.infer<typeof InformationRequestSchema>;

/**
 * Who may pass what on beyond the panel, and to whom. Information one agency supplied goes no
 * further without the chair's recorded permission; victim information needs the supplying agency's
 * (`onwardSharingDecision`).
 */
export const OnwardSharingSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    /** What may be passed on. */
    what: text(2000),
    /** The agency that supplied it. */
    suppliedBy: AgencySchema.optional(),
    aboutVictim: z.boolean().default(false),
    /** Who may pass it on. */
    passedOnBy: text(300),
    /** To whom, and why. */
    recipient: text(500),
    permission: z
      .object({
        by: z.enum(['chair', 'supplyingAgency']),
        person: z.object({ id: IdSchema, name: z.string() }),
        at: InstantSchema,
      })
      .optional(),
  }),
);
export type OnwardSharing = z.infer<typeof OnwardSharingSchema>;

export const reviewOutcomes = {
  done: 'Done',
  inProgress: 'In progress',
  notDoneCircumstances: 'Not done: circumstances changed',
  notDoneAgency: 'Not done: the owning agency did not act',
} as const;
export type ReviewOutcome = keyof typeof reviewOutcomes;
export const ReviewOutcomeSchema = lazySchema(() =>
  z.enum(Object.keys(reviewOutcomes) as [ReviewOutcome, ...ReviewOutcome[]]),
);

/** An action carried over from the previous meeting, reviewed at this one. */
export const PreviousActionSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    actionId: IdSchema,
    text: textField(2000),
    pillar: PillarSchema,
    owner: PersonSchema,
    dueDate: IsoDateSchema,
    statusBefore: ActionStatusSchema,
    outcome: ReviewOutcomeSchema.optional(),
    note: text(2000),
  }),
);
export type PreviousAction = z.infer<typeof PreviousActionSchema>;

/** An action agreed at this meeting; it becomes an Action document when the minutes are saved. */
export const MinutesActionSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    text: textField(2000).default(''),
    pillar: PillarSchema,
    owner: PersonSchema.optional(),
    dueDate: IsoDateSchema.optional(),
    /** Still open from an earlier meeting and carried into this plan. */
    carriedOver: z.boolean().default(false),
    status: ActionStatusSchema.default('open'),
  }),
);
export type MinutesAction = z.infer<typeof MinutesActionSchema>;

const PillarPlanSchema = lazySchema(() => z.object({ text: text(), noneNeededReason: text(1000) }).prefault({}));
export type PillarPlan = z.infer<typeof PillarPlanSchema>;

export const AgencyViewSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    agency: AgencySchema,
    level: LevelSchema.optional(),
    category: CategorySchema.optional(),
    view: text(2000),
  }),
);
export type AgencyView = z.infer<typeof AgencyViewSchema>;

/**
 * A discussion, or the whole meeting, adjourned until something awaited arrives (further leave, a
 * report). The next review is still proposed from the cadence; the item is carried into the agenda
 * of the next meeting (`prepareMeeting`).
 */
export const AdjournmentSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    scope: z.enum(['discussion', 'meeting']),
    /** The discussion adjourned; empty when the whole meeting is. */
    item: text(500),
    reason: text(2000),
    /** What is awaited before it can be taken up again. */
    awaiting: text(2000),
  }),
);
export type Adjournment = z.infer<typeof AdjournmentSchema>;

/** An item adjourned at an earlier meeting, on this meeting's agenda, with what came of it. */
export const CarriedItemSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    fromMeetingId: IdSchema,
    fromDate: IsoDateSchema,
    item: text(500),
    reason: text(2000),
    awaiting: text(2000),
    outcome: text(2000),
  }),
);
export type CarriedItem = z.infer<typeof CarriedItemSchema>;

export const SignatureSchema = lazySchema(() => z.object({ person: PersonSchema, at: InstantSchema }));

export const MinutesContentSchema = lazySchema(() =>
  z.object({
    formName: z.string().min(1),
    areaName: z.string().min(1),
    marking: z.literal('OFFICIAL-SENSITIVE').default('OFFICIAL-SENSITIVE'),
    meetingDetails: z.object({
      kind: z.enum(['initial', 'review', 'urgent']),
      sequence: z.number().int().min(1),
      start: InstantSchema,
      venue: text(500),
      level: LevelSchema,
      category: CategorySchema,
      chair: PersonSchema.optional(),
      minuteTaker: PersonSchema.optional(),
      coordinator: PersonSchema.optional(),
      leadAgency: AgencySchema.optional(),
    }),
    statements: z.object({
      confidentiality: z.string(),
      equality: z.string(),
      confidentialityReadAt: InstantSchema.optional(),
      equalityReadAt: InstantSchema.optional(),
    }),
    attendance: z.array(AttendanceSchema).default([]),
    nominal: z.object({
      name: textField(200),
      dateOfBirth: IsoDateSchema.optional(),
      aliases: z.array(textField(200)).default([]),
      identifiers: z
        .object({ pnc: textField(40).optional(), visor: textField(40).optional(), agencyRef: textField(60).optional() })
        .prefault({}),
      address: text(500),
      leadAgency: AgencySchema.optional(),
      offenderManager: PersonSchema.optional(),
      /** From the case: prompts the presumption of disclosure. */
      childSexOffender: z.boolean().default(false),
    }),
    purpose: z
      .object({ reason: text(), changesSinceLast: text(), carriedItems: z.array(CarriedItemSchema).default([]) })
      .prefault({}),
    previousActions: z.array(PreviousActionSchema).default([]),
    agencyInformation: z.array(AgencyInformationSchema).default([]),
    informationRequests: z.array(InformationRequestSchema).default([]),
    riskAssessment: z
      .object({
        community: RoshRowSchema,
        custody: RoshRowSchema,
        whoIsAtRisk: text(),
        nature: text(),
        whenGreatest: text(),
        increases: text(),
        protectiveFactors: text(),
        dissent: text(),
      })
      .prefault({}),
    safeguarding: z.object({ children: text(), vulnerableAdults: text() }).prefault({}),
    victimIssues: z
      .object({
        text: text(),
        /** People flagged as victims: never sent minutes, whatever their address. */
        flaggedVictims: z
          .array(z.object({ id: IdSchema, name: textField(200).min(1), email: textField(320).default('') }))
          .default([]),
      })
      .prefault({}),
    equality: z.object({ text: text() }).prefault({}),
    disclosure: z
      .object({
        considered: z.boolean().default(false),
        decisions: z.array(DisclosureDecisionSchema).default([]),
        notes: text(),
      })
      .prefault({}),
    plan: z
      .object({
        supervision: PillarPlanSchema,
        monitoringControl: PillarPlanSchema,
        interventionsTreatment: PillarPlanSchema,
        victimSafety: PillarPlanSchema,
        contingency: z.object({ text: text() }).prefault({}),
      })
      .prefault({}),
    actions: z.array(MinutesActionSchema).default([]),
    decisions: z
      .object({
        level: LevelSchema.optional(),
        levelRationale: text(),
        category: CategorySchema.optional(),
        categoryRationale: text(),
        agencyViews: z.array(AgencyViewSchema).default([]),
        exitMappa: z.boolean().default(false),
      })
      .prefault({}),
    offenderInvolvement: z
      .object({
        informed: z.enum(['yes', 'no']).optional(),
        reasonNotInformed: text(2000),
        representations: text(),
      })
      .prefault({}),
    media: z
      .object({
        plan: text(),
        publicInterest: text(),
        /** Who speaks to the media for the panel (usually the police press office), and nobody else. */
        spokesperson: text(500),
        /** The lines agreed for any enquiry. */
        agreedLines: text(4000),
        /** Any disclosure to the community: what, to whom, by whom and why; or why none is needed. */
        communityDisclosure: text(4000),
      })
      .prefault({}),
    onwardSharing: z.array(OnwardSharingSchema).default([]),
    adjournments: z.array(AdjournmentSchema).default([]),
    nextReview: z
      .object({
        proposedDate: IsoDateSchema.optional(),
        date: IsoDateSchema.optional(),
        changeReason: text(1000),
        reconveneCriteria: text(2000),
      })
      .prefault({}),
    executiveSummary: z.object({ text: text() }).prefault({}),
    distribution: z
      .object({
        recipients: z
          .array(
            z.object({
              id: IdSchema,
              name: textField(200),
              email: z.string().trim().toLowerCase().email('Enter a valid e-mail address').max(320),
            }),
          )
          .default([]),
        /** When the minutes were sent to the recipients (a fact about the record, not signed content). */
        sentAt: InstantSchema.optional(),
        /** Which signed version was sent: a later correction is sent again. */
        sentVersion: z.number().int().min(1).optional(),
      })
      .prefault({}),
    signOff: z.object({ signed: SignatureSchema.optional() }).prefault({}),
    /** The step the chair is on in the side panel; the stage follows it. */
    currentStep: z.string().default('meetingDetails'),
  }),
);
export type MinutesContent = z.infer<typeof MinutesContentSchema>;

/** A signed, immutable version: the first finalisation, then each correction with its reason. */
export const MinutesVersionSchema = lazySchema(() =>
  z.object({
    number: z.number().int().min(1),
    signedBy: PersonSchema,
    at: InstantSchema,
    correctionReason: textField(2000).optional(),
    content: MinutesContentSchema,
  }),
);
export type MinutesVersion = z.infer<typeof MinutesVersionSchema>;

export const MinutesSchema = lazySchema(() =>
  MinutesContentSchema.extend({
    id: IdSchema,
    caseId: IdSchema,
    caseReference: z.string(),
    seriesId: IdSchema.optional(),
    status: z.enum(['draft', 'final']),
    versions: z.array(MinutesVersionSchema).default([]),
    updatedAt: InstantSchema,
  }),
);
export type Minutes = z.infer<typeof MinutesSchema>;

export const minutesKind = defineDocument<Minutes>({
  name: 'minutes',
  version: 1,
  schema: MinutesSchema,
  migrations: {},
  indexes: { caseId: (m) => m.caseId, seriesId: (m) => m.seriesId, status: (m) => m.status },
  guardUpdate: signedMinutesProblem,
});

/** The part of the document a version snapshots (everything but identity, status and history). */
export function contentOf(m: Minutes): MinutesContent {
  const {
    id: _i,
    caseId: _c,
    caseReference: _r,
    seriesId: _s,
    status: _st,
    versions: _v,
    updatedAt: _u,
    ...content
  } = m;
  return structuredClone(content);
}
