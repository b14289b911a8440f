import { msg, type Message } from '../../i18n/message';
import type { Nominal } from '../cases/case.schema';
import type { Person } from '../people/agency';
import { schemaProblem } from '../shared/schemaProblems';
import { DisclosureDecisionSchema, type DisclosureDecision } from './disclosureDecision.schema';

export type DisclosureContext = {
  nominal: Pick<Nominal, 'dateOfBirth' | 'childSexOffender'>;
  /** The meeting's date (yyyy-mm-dd): age is judged on the day the decision is made. */
  meetingDate: string;
  attendeesPresent: readonly Person[];
};

/** A checklist item still to answer: `field` names the form control, `item` the checklist line (D1 to D20). */
export type DisclosureIssue = { field: string; item: string; message: Message };

export type DisclosureValidation = {
  ok: boolean;
  missing: DisclosureIssue[];
  /** Prompts shown beside the form that do not themselves block saving. */
  prompts: Message[];
};

/** Whole years between two yyyy-mm-dd dates. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const blank = (s: string | undefined) => (s ?? '').trim() === '';

export const childSexOffenderPrompt: Message = msg('disclosure.validation.cso.prompt');

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
        message: schemaProblem(i),
      })),
      prompts: [],
    };
  }
  const d: DisclosureDecision = parsed.data;
  const missing: DisclosureIssue[] = [];
  const prompts: Message[] = [];
  const need = (cond: boolean, field: string, item: string, message: Message) => {
    if (cond) missing.push({ field, item, message });
  };

  need(blank(d.reasons), 'reasons', 'D1', msg('disclosure.validation.reasons'));

  if (context.nominal.childSexOffender) {
    prompts.push(childSexOffenderPrompt);
    need(
      d.childSexOffenderPresumption.applies === undefined,
      'childSexOffenderPresumption.applies',
      'D9',
      msg('disclosure.validation.cso.applies'),
    );
    if (d.childSexOffenderPresumption.applies === 'yes' && d.outcome === 'notNeeded') {
      need(
        blank(d.childSexOffenderPresumption.note),
        'childSexOffenderPresumption.note',
        'D9',
        msg('disclosure.validation.cso.defensibleReason'),
      );
    }
    if (d.childSexOffenderPresumption.applies === 'no') {
      need(
        blank(d.childSexOffenderPresumption.note),
        'childSexOffenderPresumption.note',
        'D9',
        msg('disclosure.validation.cso.whyNot'),
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
      msg('disclosure.validation.under18.youthJustice'),
    );
    need(
      !present(d.seniorRepresentatives.childrensServices, 'childrensServices'),
      'seniorRepresentatives.childrensServices',
      'D10',
      msg('disclosure.validation.under18.childrensServices'),
    );
  }

  // D7 applies to both outcomes: whatever alternative is recorded carries its reason, so nothing
  // entered is left unexplained.
  const alternatives = d.alternatives.filter((a) => !blank(a.alternative));
  need(
    alternatives.some((a) => a.result === 'rejected' && blank(a.whyRejected)),
    'alternatives',
    'D7',
    msg('disclosure.validation.alternatives.whyRejected'),
  );
  need(
    alternatives.some((a) => a.result === 'preferred' && blank(a.whyRejected)),
    'alternatives',
    'D7',
    msg('disclosure.validation.alternatives.whyPreferred'),
  );
  need(
    d.alternatives.some((a) => blank(a.alternative) && !blank(a.whyRejected)),
    'alternatives',
    'D7',
    msg('disclosure.validation.alternatives.name'),
  );

  if (d.outcome === 'disclose') {
    need(d.purpose === undefined, 'purpose', 'D2', msg('disclosure.validation.purpose'));
    need(d.lawfulBasis === undefined, 'lawfulBasis', 'D3', msg('disclosure.validation.lawfulBasis'));
    need(blank(d.necessity), 'necessity', 'D4', msg('disclosure.validation.necessity'));
    need(blank(d.proportionality), 'proportionality', 'D5', msg('disclosure.validation.proportionality'));
    need(!d.accuracy.factsChecked, 'accuracy.factsChecked', 'D6', msg('disclosure.validation.factsChecked'));
    need(
      !d.accuracy.offenderIdentified,
      'accuracy.offenderIdentified',
      'D6',
      msg('disclosure.validation.offenderIdentified'),
    );
    need(
      !d.accuracy.recipientIdentified,
      'accuracy.recipientIdentified',
      'D6',
      msg('disclosure.validation.recipientIdentified'),
    );
    need(
      !d.alternatives.some((a) => !blank(a.alternative)),
      'alternatives',
      'D7',
      msg('disclosure.validation.alternatives.atLeastOne'),
    );
    need(blank(d.riskToOffender), 'riskToOffender', 'D8', msg('disclosure.validation.riskToOffender'));
    if (d.representations.sought === undefined) {
      missing.push({
        field: 'representations.sought',
        item: 'D11',
        message: msg('disclosure.validation.representations.sought'),
      });
    } else if (d.representations.sought === 'yes') {
      need(
        blank(d.representations.summary),
        'representations.summary',
        'D11',
        msg('disclosure.validation.representations.summary'),
      );
    } else {
      need(
        d.representations.exception === undefined,
        'representations.exception',
        'D11',
        msg('disclosure.validation.representations.exception'),
      );
    }
    if (d.offenderTold.told === undefined) {
      missing.push({ field: 'offenderTold.told', item: 'D12', message: msg('disclosure.validation.offenderTold') });
    } else if (d.offenderTold.told === 'no') {
      need(
        blank(d.offenderTold.reasonNotTold),
        'offenderTold.reasonNotTold',
        'D12',
        msg('disclosure.validation.reasonNotTold'),
      );
      need(
        !d.offenderTold.recipientInformedOffenderNotTold,
        'offenderTold.recipientInformedOffenderNotTold',
        'D12',
        msg('disclosure.validation.recipientInformed'),
      );
    }
    need(blank(d.information), 'information', 'D13', msg('disclosure.validation.information'));
    d.additionalInformation.forEach((a, i) => {
      if (!blank(a.information)) {
        need(
          a.chairPermission === undefined,
          `additionalInformation.${i}`,
          'D13',
          msg('disclosure.validation.chairPermission'),
        );
      }
    });
    need(
      blank(d.discloser.name) || blank(d.discloser.role),
      'discloser',
      'D14',
      msg('disclosure.validation.discloser'),
    );
    need(
      blank(d.recipient.name) || blank(d.recipient.role),
      'recipient',
      'D14',
      msg('disclosure.validation.recipient'),
    );
    need(d.when === undefined, 'when', 'D14', msg('disclosure.validation.when'));
    need(d.method === undefined, 'method', 'D14', msg('disclosure.validation.method'));
    need(
      blank(d.recipientContact.name) || (blank(d.recipientContact.telephone) && blank(d.recipientContact.email)),
      'recipientContact',
      'D14',
      msg('disclosure.validation.recipientContact'),
    );
    if (d.urgent.outsideMeeting) {
      need(
        blank(d.urgent.authorisedBy),
        'urgent.authorisedBy',
        'D19',
        msg('disclosure.validation.urgent.authorisedBy'),
      );
      need(
        d.urgent.authorisedOn === undefined,
        'urgent.authorisedOn',
        'D19',
        msg('disclosure.validation.urgent.authorisedOn'),
      );
      need(
        blank(d.urgent.whyCouldNotWait),
        'urgent.whyCouldNotWait',
        'D19',
        msg('disclosure.validation.urgent.whyCouldNotWait'),
      );
    }
    const h = d.health;
    if (h.includesHealthInformation === undefined) {
      missing.push({
        field: 'health.includesHealthInformation',
        item: 'D20',
        message: msg('disclosure.validation.health.includes'),
      });
    } else if (h.includesHealthInformation === 'yes') {
      if (h.consent === undefined) {
        missing.push({ field: 'health.consent', item: 'D20', message: msg('disclosure.validation.health.consent') });
      } else if (h.consent !== 'obtained') {
        need(
          blank(h.reasonWithoutConsent),
          'health.reasonWithoutConsent',
          'D20',
          msg('disclosure.validation.health.reasonWithoutConsent'),
        );
        need(
          blank(h.caldicottGuardian),
          'health.caldicottGuardian',
          'D20',
          msg('disclosure.validation.health.caldicott'),
        );
      }
    }
  }

  return { ok: missing.length === 0, missing, prompts };
}
