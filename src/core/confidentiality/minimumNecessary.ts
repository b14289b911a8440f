import { z } from 'zod';

import { msg, type Message } from '../../i18n/message';
import type { Agency } from '../people/agency';
import { IdSchema, InstantSchema, textField } from '../shared/schemas';
import { classifyHealthText, type HealthFlag } from './healthPrompts';
import { lazySchema } from '../shared/lazySchema';

/**
 * The minimum-necessary check every agency contribution to the minutes passes (Caldicott, GMC,
 * RCPsych guidance): needed for the risk, the least that serves, consent or the reason to share
 * without it, and any condition on onward use. Answers are stored with the entry.
 */
export const MinimumNecessaryAnswersSchema = lazySchema(() =>
  z.object({
    /** Is it needed to assess or manage the risk? */
    neededForRisk: z.enum(['yes', 'no']).optional(),
    /** How it bears on the risk, in a sentence. */
    howItBearsOnRisk: textField(1000).default(''),
    /** Is it the least information that serves that purpose? */
    leastThatServes: z.enum(['yes', 'no']).optional(),
    consent: z.enum(['obtained', 'notObtained']).optional(),
    /** Why it is shared without consent (e.g. seeking it would increase risk). */
    reasonWithoutConsent: textField(1000).default(''),
    /** Where the information may go next, or "not beyond the panel". */
    onwardUse: textField(1000).default(''),
    /** The supplying agency marks information about a victim; it then needs that agency's agreement to go further. */
    aboutVictim: z.boolean().default(false),
    /** When a health contribution is flagged as going beyond the minimum: why this detail is needed for the risk. */
    beyondMinimumJustification: textField(1000).default(''),
  }),
);
export type MinimumNecessaryAnswers = z.infer<typeof MinimumNecessaryAnswersSchema>;

export const emptyMinimumNecessaryAnswers = (): MinimumNecessaryAnswers => MinimumNecessaryAnswersSchema.parse({});

/** What health representatives share, and what they do not (RCPsych, S1 in the domain notes). */
export const healthGuidance = {
  share:
    'Identity, nature of the offence, start of unescorted leave, discharge address and the responsible clinician’s contact details.',
  whenNeeded:
    'Risk-relevant clinical information, such as relapse indicators and risk and protective factors, only when the risk needs it.',
  never: 'Never full psychiatric reports or medical records.',
  usuallyNot: 'Usually not medication or developmental history.',
} as const;

/** The guidance as it is shown: one sentence at a time, in the order a representative needs it. */
export const healthGuidanceSentences: readonly Message[] = [
  msg('confidentiality.minimum.guidance.share'),
  msg('confidentiality.minimum.guidance.whenNeeded'),
  msg('confidentiality.minimum.guidance.never'),
  msg('confidentiality.minimum.guidance.usuallyNot'),
];

export { classifyHealthText, type HealthFlag, type HealthFlagKind } from './healthPrompts';

export type MinimumNecessaryResult = {
  complete: boolean;
  /** What is still to answer, in plain words. */
  missing: Message[];
  healthFlags: HealthFlag[];
};

/** Whether a contribution's check is complete; health contributions also get the over-sharing prompts. */
export function checkMinimumNecessary(
  agency: Agency,
  text: string,
  answers: MinimumNecessaryAnswers,
): MinimumNecessaryResult {
  const missing: Message[] = [];
  if (answers.neededForRisk === undefined) missing.push(msg('confidentiality.minimum.missing.needed'));
  else if (answers.neededForRisk === 'no') missing.push(msg('confidentiality.minimum.missing.notNeeded'));
  else if (answers.howItBearsOnRisk.trim() === '') missing.push(msg('confidentiality.minimum.missing.how'));
  if (answers.leastThatServes === undefined) missing.push(msg('confidentiality.minimum.missing.least'));
  else if (answers.leastThatServes === 'no') missing.push(msg('confidentiality.minimum.missing.reduce'));
  if (answers.consent === undefined) missing.push(msg('confidentiality.minimum.missing.consent'));
  else if (answers.consent === 'notObtained' && answers.reasonWithoutConsent.trim() === '') {
    missing.push(msg('confidentiality.minimum.missing.reasonWithoutConsent'));
  }
  if (answers.onwardUse.trim() === '') missing.push(msg('confidentiality.minimum.missing.onwardUse'));
  const healthFlags = agency === 'health' ? classifyHealthText(text) : [];
  if (healthFlags.length > 0 && answers.beyondMinimumJustification.trim() === '') {
    missing.push(msg('confidentiality.minimum.missing.beyondMinimum'));
  }
  return { complete: missing.length === 0, missing, healthFlags };
}

/** An agency entry as far as onward sharing is concerned. */
export type ProvenancedEntry = { id: string; agency: Agency; aboutVictim: boolean };

/**
 * A recorded agreement to pass an entry beyond the panel: the supplying agency's (needed for victim
 * information) or the chair's (needed for anything one agency supplied and another would pass on).
 */
export const OnwardSharingAgreementSchema = lazySchema(() =>
  z.object({
    entryId: IdSchema,
    by: z.enum(['supplyingAgency', 'chair']),
    agency: z.string().optional(),
    person: z.object({ id: IdSchema, name: z.string() }),
    at: InstantSchema,
    recipient: textField(300).min(1, 'Say to whom it may go'),
  }),
);
export type OnwardSharingAgreement = z.infer<typeof OnwardSharingAgreementSchema>;

export type OnwardDecision = { allowed: true } | { allowed: false; reason: string };

export function canShareOnward(entry: ProvenancedEntry, agreements: readonly OnwardSharingAgreement[]): OnwardDecision {
  const valid = agreements.filter((a) => a.entryId === entry.id && OnwardSharingAgreementSchema.safeParse(a).success);
  if (entry.aboutVictim) {
    const agreed = valid.some((a) => a.by === 'supplyingAgency' && a.agency === entry.agency);
    return agreed
      ? { allowed: true }
      : {
          allowed: false,
          reason:
            'This is victim information. It cannot go beyond the panel without the recorded agreement of the agency that supplied it.',
        };
  }
  return valid.some((a) => a.by === 'chair' || (a.by === 'supplyingAgency' && a.agency === entry.agency))
    ? { allowed: true }
    : { allowed: false, reason: 'Information from the panel goes no further without the chair’s recorded agreement.' };
}
