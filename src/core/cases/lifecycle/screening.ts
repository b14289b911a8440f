import { z } from 'zod';

import { defineDocument } from '../../storage/defineDocument';
import { PersonSchema } from '../../people/agency';
import { IdSchema, InstantSchema, IsoDateSchema, textField } from '../../shared/schemas';
import { msg, type Message, type MessageKey } from '../../../i18n/message';
import { err, ok, type Result } from '../../shared/result';
import { CategorySchema, type Category, type Level } from '../case.schema';
import { lazySchema } from '../../shared/lazySchema';

/**
 * The MAPPA Q screening questions, in the guidance's order. Each is asked only when the one before
 * leaves the outcome open.
 */
export const screeningQuestions = {
  category: { step: 1, question: 'cases.screening.step1' },
  multiAgency: { step: 2, question: 'cases.screening.step2' },
  level3: { step: 3, question: 'cases.screening.step3' },
  endorsement: { step: 4, question: 'cases.screening.step4' },
} as const satisfies Record<string, { step: number; question: MessageKey }>;

export const ScreeningAnswersSchema = lazySchema(() =>
  z.object({
    /** Step 1: the category, or none (not a MAPPA nominal). */
    category: z.union([CategorySchema, z.literal('none')]).optional(),
    /** Step 2: how many agencies need to meet and collaborate. */
    agenciesNeeded: z.number().int().min(0).max(30).optional(),
    /** Police and probation are both involved: then three agencies are needed, not two. */
    policeAndProbationBoth: z.boolean().optional(),
    /** Step 3. */
    mediaOrSeniorResources: z.boolean().optional(),
  }),
);
export type ScreeningAnswers = z.infer<typeof ScreeningAnswersSchema>;

export type ScreeningOutcome = Level | 'notMappa';
export const screeningOutcomeLabels: Record<`${ScreeningOutcome}`, MessageKey> = {
  notMappa: 'cases.screening.outcome.notMappa',
  1: 'cases.screening.outcome.1',
  2: 'cases.screening.outcome.2',
  3: 'cases.screening.outcome.3',
};

/** The next question the answers leave open, or undefined when the outcome is settled. */
export function nextScreeningQuestion(a: ScreeningAnswers): keyof typeof screeningQuestions | undefined {
  if (a.category === undefined) return 'category';
  if (a.category === 'none') return undefined;
  if (a.agenciesNeeded === undefined || a.policeAndProbationBoth === undefined) return 'multiAgency';
  if (!meetsMultiAgencyThreshold(a)) return undefined;
  if (a.mediaOrSeniorResources === undefined) return 'level3';
  return undefined;
}

/** Two or more agencies, or three or more when police and probation are both involved. */
export const meetsMultiAgencyThreshold = (a: ScreeningAnswers): boolean =>
  (a.agenciesNeeded ?? 0) >= (a.policeAndProbationBoth ? 3 : 2);

/**
 * The outcome the answers give (MAPPA Q): no category, not a MAPPA nominal; below the multi-agency
 * threshold, Level 1; at or above it, Level 3 when media or public interest or senior resources
 * are needed, else Level 2. Category 3 exists only at Level 2 or 3, so a Category 3 person below the
 * threshold is not a MAPPA nominal.
 */
export function screeningOutcome(a: ScreeningAnswers): Result<ScreeningOutcome, Message> {
  const open = nextScreeningQuestion(a);
  if (open) return err(msg('cases.problem.answerStep', { step: screeningQuestions[open].step }));
  if (a.category === 'none' || a.category === undefined) return ok('notMappa');
  if (!meetsMultiAgencyThreshold(a)) return ok(a.category === 3 ? 'notMappa' : 1);
  return ok(a.mediaOrSeniorResources ? 3 : 2);
}

/**
 * What the guidance requires a screening to keep (MAPPA Q): who was screened (name, date of birth,
 * the agency's reference), the answers, the outcome, and who screened and endorsed it, when. For a
 * person found not to be a MAPPA nominal this record is all that is kept: no case, no referral.
 */
export const ScreeningSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    area: textField(100).min(1),
    /** Re-screening of a case already on the register. */
    caseId: IdSchema.optional(),
    subject: z.object({
      name: textField(200).min(1, 'Enter the person’s name'),
      dateOfBirth: IsoDateSchema,
      agencyRef: textField(60).optional(),
    }),
    answers: ScreeningAnswersSchema,
    outcome: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal('notMappa')]),
    rationale: textField(2000).min(1, 'Give the rationale for the outcome'),
    screenedBy: PersonSchema,
    screenedAt: InstantSchema,
    endorsement: z.object({
      lineManager: PersonSchema,
      agreed: z.boolean(),
      /** Why the line manager did not agree. */
      reason: textField(2000).optional(),
      at: InstantSchema,
    }),
  }),
);
export type Screening = z.infer<typeof ScreeningSchema>;

export const screeningKind = defineDocument<Screening>({
  name: 'screenings',
  version: 1,
  schema: ScreeningSchema,
  migrations: {},
  indexes: { caseId: (s) => s.caseId, outcome: (s) => String(s.outcome) },
});

/** What a screening still needs before it can be recorded. */
export function screeningProblems(input: {
  answers: ScreeningAnswers;
  rationale: string;
  lineManager?: { email: string };
  screenedBy: { email: string };
  agreed?: boolean;
  disagreementReason?: string;
}): Message[] {
  const out: Message[] = [];
  const outcome = screeningOutcome(input.answers);
  if (!outcome.ok) out.push(outcome.error);
  if (!input.rationale.trim()) out.push(msg('cases.problem.screeningRationale'));
  if (!input.lineManager) out.push(msg('cases.problem.lineManager'));
  else if (input.lineManager.email.toLowerCase() === input.screenedBy.email.toLowerCase()) {
    out.push(msg('cases.problem.lineManagerSelf'));
  }
  if (input.agreed === undefined) out.push(msg('cases.problem.agreed'));
  if (input.agreed === false && !input.disagreementReason?.trim()) {
    out.push(msg('cases.problem.managerReasons'));
  }
  return out;
}

export type { Category };
