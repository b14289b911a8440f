import type { Nominal } from '../cases/case.schema';
import type { Person } from '../people/agency';
import { DisclosureDecisionSchema, type DisclosureDecision } from './disclosureDecision.schema';

export type DisclosureContext = {
  nominal: Pick<Nominal, 'dateOfBirth' | 'childSexOffender'>;
  /** The meeting's date (yyyy-mm-dd): age is judged on the day the decision is made. */
  meetingDate: string;
  attendeesPresent: readonly Person[];
};

/** A checklist item still to answer: `field` names the form control, `item` the checklist line (D1 to D20). */
export type DisclosureIssue = { field: string; item: string; message: string };

export type DisclosureValidation = {
  ok: boolean;
  missing: DisclosureIssue[];
  /** Prompts shown beside the form that do not themselves block saving. */
  prompts: string[];
};

/** Whole years between two yyyy-mm-dd dates. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const blank = (s: string | undefined) => (s ?? '').trim() === '';

export const childSexOffenderPrompt =
  'The nominal is recorded as a child sex offender. Where there is reasonable cause to believe they pose a risk of serious harm to particular children and disclosure is necessary to protect them, there is a presumption that disclosure will take place (CJA 2003 s.327A), whether or not anyone asked. Not disclosing needs a defensible reason.';

/**
 * Whether a disclosure decision may be saved. "Disclose" needs every checklist item answered;
 * "not needed" needs its reasons; the child-sex-offender presumption and the under-18 rule apply to
 * both outcomes.
 */
export function validateDisclosure(input: unknown, context: DisclosureContext): DisclosureValidation {
  const parsed = DisclosureDecisionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      missing: parsed.error.issues.map((i) => ({
        field: i.path.join('.') || 'decision',
        item: 'form',
        message: i.message,
      })),
      prompts: [],
    };
  }
  const d: DisclosureDecision = parsed.data;
  const missing: DisclosureIssue[] = [];
  const prompts: string[] = [];
  const need = (cond: boolean, field: string, item: string, message: string) => {
    if (cond) missing.push({ field, item, message });
  };

  need(blank(d.reasons), 'reasons', 'D1', 'Give the reasons for the decision.');

  if (context.nominal.childSexOffender) {
    prompts.push(childSexOffenderPrompt);
    need(
      d.childSexOffenderPresumption.applies === undefined,
      'childSexOffenderPresumption.applies',
      'D9',
      'Say whether the presumption of disclosure applies.',
    );
    if (d.childSexOffenderPresumption.applies === 'yes' && d.outcome === 'notNeeded') {
      need(
        blank(d.childSexOffenderPresumption.note),
        'childSexOffenderPresumption.note',
        'D9',
        'The presumption applies: record the defensible reason not to disclose.',
      );
    }
    if (d.childSexOffenderPresumption.applies === 'no') {
      need(
        blank(d.childSexOffenderPresumption.note),
        'childSexOffenderPresumption.note',
        'D9',
        'Say why the presumption does not apply.',
      );
    }
  }

  if (ageOn(context.nominal.dateOfBirth, context.meetingDate) < 18) {
    const present = (id: string | undefined, agency: Person['agency']) =>
      id !== undefined && context.attendeesPresent.some((p) => p.id === id && p.agency === agency);
    need(
      !present(d.seniorRepresentatives.youthJustice, 'youthJustice'),
      'seniorRepresentatives.youthJustice',
      'D10',
      'The nominal is under 18: no disclosure decision can be recorded unless a senior youth justice representative is recorded as present.',
    );
    need(
      !present(d.seniorRepresentatives.childrensServices, 'childrensServices'),
      'seniorRepresentatives.childrensServices',
      'D10',
      'The nominal is under 18: no disclosure decision can be recorded unless a senior children’s services representative is recorded as present.',
    );
  }

  // D7 applies to both outcomes: whatever alternative is recorded carries its reason, so nothing
  // entered is left unexplained.
  const alternatives = d.alternatives.filter((a) => !blank(a.alternative));
  need(
    alternatives.some((a) => a.result === 'rejected' && blank(a.whyRejected)),
    'alternatives',
    'D7',
    'Say why each alternative was rejected.',
  );
  need(
    alternatives.some((a) => a.result === 'preferred' && blank(a.whyRejected)),
    'alternatives',
    'D7',
    'Say why each preferred alternative makes a disclosure by the panel unnecessary.',
  );
  need(
    d.alternatives.some((a) => blank(a.alternative) && !blank(a.whyRejected)),
    'alternatives',
    'D7',
    'Name each alternative whose reason is recorded.',
  );

  if (d.outcome === 'disclose') {
    need(d.purpose === undefined, 'purpose', 'D2', 'Say whom the disclosure protects.');
    need(d.lawfulBasis === undefined, 'lawfulBasis', 'D3', 'Choose the lawful basis.');
    need(
      blank(d.necessity),
      'necessity',
      'D4',
      'Explain why disclosure is necessary: the risk of serious harm it reduces.',
    );
    need(blank(d.proportionality), 'proportionality', 'D5', 'Explain why it is proportionate.');
    need(!d.accuracy.factsChecked, 'accuracy.factsChecked', 'D6', 'Confirm the facts have been checked.');
    need(
      !d.accuracy.offenderIdentified,
      'accuracy.offenderIdentified',
      'D6',
      'Confirm the offender is correctly identified.',
    );
    need(
      !d.accuracy.recipientIdentified,
      'accuracy.recipientIdentified',
      'D6',
      'Confirm the recipient is correctly identified.',
    );
    need(
      !d.alternatives.some((a) => !blank(a.alternative)),
      'alternatives',
      'D7',
      'Record at least one alternative considered.',
    );
    need(blank(d.riskToOffender), 'riskToOffender', 'D8', 'Record how the risk to the offender was weighed.');
    if (d.representations.sought === undefined) {
      missing.push({
        field: 'representations.sought',
        item: 'D11',
        message: 'Say whether the offender’s representations were sought.',
      });
    } else if (d.representations.sought === 'yes') {
      need(
        blank(d.representations.summary),
        'representations.summary',
        'D11',
        'Summarise the offender’s representations.',
      );
    } else {
      need(
        d.representations.exception === undefined,
        'representations.exception',
        'D11',
        'Choose which listed exception applies for not seeking representations.',
      );
    }
    if (d.offenderTold.told === undefined) {
      missing.push({ field: 'offenderTold.told', item: 'D12', message: 'Say whether the offender will be told.' });
    } else if (d.offenderTold.told === 'no') {
      need(
        blank(d.offenderTold.reasonNotTold),
        'offenderTold.reasonNotTold',
        'D12',
        'Say why the offender will not be told.',
      );
      need(
        !d.offenderTold.recipientInformedOffenderNotTold,
        'offenderTold.recipientInformedOffenderNotTold',
        'D12',
        'Confirm the recipient will be told that the offender has not been told.',
      );
    }
    need(blank(d.information), 'information', 'D13', 'Record exactly what information will be disclosed.');
    d.additionalInformation.forEach((a, i) => {
      if (!blank(a.information)) {
        need(
          a.chairPermission === undefined,
          `additionalInformation.${i}`,
          'D13',
          'Anything beyond the agreed content needs the chair’s recorded permission.',
        );
      }
    });
    need(blank(d.discloser.name) || blank(d.discloser.role), 'discloser', 'D14', 'Name who discloses, and their role.');
    need(blank(d.recipient.name) || blank(d.recipient.role), 'recipient', 'D14', 'Name the recipient, and their role.');
    need(d.when === undefined, 'when', 'D14', 'Say when the disclosure will be made.');
    need(d.method === undefined, 'method', 'D14', 'Say how the disclosure will be made.');
    need(
      blank(d.recipientContact.name) || (blank(d.recipientContact.telephone) && blank(d.recipientContact.email)),
      'recipientContact',
      'D14',
      'Give the recipient a named point of contact with a telephone number or e-mail address.',
    );
    if (d.urgent.outsideMeeting) {
      need(
        blank(d.urgent.authorisedBy),
        'urgent.authorisedBy',
        'D19',
        'Name the senior manager who authorised the urgent disclosure.',
      );
      need(d.urgent.authorisedOn === undefined, 'urgent.authorisedOn', 'D19', 'Say on what day it was authorised.');
      need(
        blank(d.urgent.whyCouldNotWait),
        'urgent.whyCouldNotWait',
        'D19',
        'Say why the disclosure could not wait for a meeting.',
      );
    }
    const h = d.health;
    if (h.includesHealthInformation === undefined) {
      missing.push({
        field: 'health.includesHealthInformation',
        item: 'D20',
        message: 'Say whether the disclosure includes health information.',
      });
    } else if (h.includesHealthInformation === 'yes') {
      if (h.consent === undefined) {
        missing.push({ field: 'health.consent', item: 'D20', message: 'Say whether the patient consented.' });
      } else if (h.consent !== 'obtained') {
        need(
          blank(h.reasonWithoutConsent),
          'health.reasonWithoutConsent',
          'D20',
          'Give the public-interest reason for disclosing health information without consent.',
        );
        need(
          blank(h.caldicottGuardian),
          'health.caldicottGuardian',
          'D20',
          'Name the Caldicott Guardian or senior clinician consulted on disclosing without consent.',
        );
      }
    }
  }

  return { ok: missing.length === 0, missing, prompts };
}
