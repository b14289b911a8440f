import { msg, type Message, type MessageKey } from '../../i18n/message';

/**
 * The readable name of every field the minutes can hold, for the comparison of signed versions. A
 * field is named by its pattern: its path through the minutes with each position in a list as `*`
 * (`actions.*.text`); its message is `minutes.fields.` and the pattern without the stars, and takes
 * the 1-based position as `{n}` ("Action 1: what is to be done"). A list's pattern alone names a
 * whole item added or removed. `test/core/minutes/versions.test.ts` walks the minutes schema, so a
 * new field without a name here fails.
 */
export const namedFields: readonly string[] = [
  'attendance.*',
  'purpose.carriedItems.*',
  'previousActions.*',
  'agencyInformation.*',
  'informationRequests.*',
  'victimIssues.flaggedVictims.*',
  'disclosure.decisions.*',
  'actions.*',
  'decisions.agencyViews.*',
  'onwardSharing.*',
  'adjournments.*',
  'distribution.recipients.*',
  'formName',
  'areaName',
  'meetingDetails.kind',
  'meetingDetails.sequence',
  'meetingDetails.start',
  'meetingDetails.venue',
  'meetingDetails.level',
  'meetingDetails.category',
  'meetingDetails.chair',
  'meetingDetails.minuteTaker',
  'meetingDetails.coordinator',
  'meetingDetails.leadAgency',
  'statements.confidentiality',
  'statements.equality',
  'statements.confidentialityReadAt',
  'statements.equalityReadAt',
  'attendance.*.person',
  'attendance.*.attendance',
  'attendance.*.note',
  'attendance.*.acknowledgedAt',
  'attendance.*.acknowledgementWaiver.reason',
  'attendance.*.acknowledgementWaiver.recordedBy',
  'attendance.*.acknowledgementWaiver.at',
  'nominal.name',
  'nominal.dateOfBirth',
  'nominal.aliases',
  'nominal.identifiers.pnc',
  'nominal.identifiers.visor',
  'nominal.identifiers.agencyRef',
  'nominal.address',
  'nominal.leadAgency',
  'nominal.offenderManager',
  'nominal.childSexOffender',
  'purpose.reason',
  'purpose.changesSinceLast',
  'purpose.carriedItems.*.fromMeetingId',
  'purpose.carriedItems.*.fromDate',
  'purpose.carriedItems.*.item',
  'purpose.carriedItems.*.reason',
  'purpose.carriedItems.*.awaiting',
  'purpose.carriedItems.*.outcome',
  'previousActions.*.actionId',
  'previousActions.*.text',
  'previousActions.*.pillar',
  'previousActions.*.owner',
  'previousActions.*.dueDate',
  'previousActions.*.statusBefore',
  'previousActions.*.outcome',
  'previousActions.*.note',
  'agencyInformation.*.agency',
  'agencyInformation.*.from',
  'agencyInformation.*.source',
  'agencyInformation.*.writtenUpdateId',
  'agencyInformation.*.text',
  'informationRequests.*.requestingAgency',
  'informationRequests.*.requestedBy',
  'informationRequests.*.holdingAgency',
  'informationRequests.*.requested',
  'informationRequests.*.purpose',
  'informationRequests.*.decision',
  'informationRequests.*.reason',
  'informationRequests.*.shared',
  'agencyInformation.*.minimumNecessary.neededForRisk',
  'agencyInformation.*.minimumNecessary.howItBearsOnRisk',
  'agencyInformation.*.minimumNecessary.leastThatServes',
  'agencyInformation.*.minimumNecessary.consent',
  'agencyInformation.*.minimumNecessary.reasonWithoutConsent',
  'agencyInformation.*.minimumNecessary.onwardUse',
  'agencyInformation.*.minimumNecessary.aboutVictim',
  'agencyInformation.*.minimumNecessary.beyondMinimumJustification',
  'informationRequests.*.minimumNecessary.neededForRisk',
  'informationRequests.*.minimumNecessary.howItBearsOnRisk',
  'informationRequests.*.minimumNecessary.leastThatServes',
  'informationRequests.*.minimumNecessary.consent',
  'informationRequests.*.minimumNecessary.reasonWithoutConsent',
  'informationRequests.*.minimumNecessary.onwardUse',
  'informationRequests.*.minimumNecessary.aboutVictim',
  'informationRequests.*.minimumNecessary.beyondMinimumJustification',
  'riskAssessment.community.children',
  'riskAssessment.community.public',
  'riskAssessment.community.knownAdult',
  'riskAssessment.community.staff',
  'riskAssessment.community.prisoners',
  'riskAssessment.custody.children',
  'riskAssessment.custody.public',
  'riskAssessment.custody.knownAdult',
  'riskAssessment.custody.staff',
  'riskAssessment.custody.prisoners',
  'riskAssessment.whoIsAtRisk',
  'riskAssessment.nature',
  'riskAssessment.whenGreatest',
  'riskAssessment.increases',
  'riskAssessment.protectiveFactors',
  'riskAssessment.dissent',
  'safeguarding.children',
  'safeguarding.vulnerableAdults',
  'victimIssues.text',
  'victimIssues.flaggedVictims.*.name',
  'victimIssues.flaggedVictims.*.email',
  'equality.text',
  'disclosure.considered',
  'disclosure.notes',
  'disclosure.decisions.*.outcome',
  'disclosure.decisions.*.reasons',
  'disclosure.decisions.*.purpose',
  'disclosure.decisions.*.lawfulBasis',
  'disclosure.decisions.*.lawfulBasisNote',
  'disclosure.decisions.*.necessity',
  'disclosure.decisions.*.proportionality',
  'disclosure.decisions.*.accuracy.factsChecked',
  'disclosure.decisions.*.accuracy.offenderIdentified',
  'disclosure.decisions.*.accuracy.recipientIdentified',
  'disclosure.decisions.*.accuracy.howVerified',
  'disclosure.decisions.*.alternatives',
  'disclosure.decisions.*.riskToOffender',
  'disclosure.decisions.*.childSexOffenderPresumption.applies',
  'disclosure.decisions.*.childSexOffenderPresumption.note',
  'disclosure.decisions.*.conditionsOnRecipient',
  'disclosure.decisions.*.seniorRepresentatives.youthJustice',
  'disclosure.decisions.*.seniorRepresentatives.childrensServices',
  'disclosure.decisions.*.representations.sought',
  'disclosure.decisions.*.representations.summary',
  'disclosure.decisions.*.representations.exception',
  'disclosure.decisions.*.offenderTold.told',
  'disclosure.decisions.*.offenderTold.reasonNotTold',
  'disclosure.decisions.*.offenderTold.recipientInformedOffenderNotTold',
  'disclosure.decisions.*.information',
  'disclosure.decisions.*.additionalInformation',
  'disclosure.decisions.*.discloser.name',
  'disclosure.decisions.*.discloser.role',
  'disclosure.decisions.*.discloser.agency',
  'disclosure.decisions.*.recipient.name',
  'disclosure.decisions.*.recipient.role',
  'disclosure.decisions.*.when',
  'disclosure.decisions.*.method',
  'disclosure.decisions.*.recipientContact.name',
  'disclosure.decisions.*.recipientContact.telephone',
  'disclosure.decisions.*.recipientContact.email',
  'disclosure.decisions.*.urgent.outsideMeeting',
  'disclosure.decisions.*.urgent.authorisedBy',
  'disclosure.decisions.*.urgent.authorisedOn',
  'disclosure.decisions.*.urgent.whyCouldNotWait',
  'disclosure.decisions.*.health.includesHealthInformation',
  'disclosure.decisions.*.health.consent',
  'disclosure.decisions.*.health.reasonWithoutConsent',
  'disclosure.decisions.*.health.caldicottGuardian',
  'disclosure.decisions.*.dissent',
  'disclosure.decisions.*.recordedAt',
  'disclosure.decisions.*.reportedToCoordinatorAt',
  'plan.supervision.text',
  'plan.supervision.noneNeededReason',
  'plan.monitoringControl.text',
  'plan.monitoringControl.noneNeededReason',
  'plan.interventionsTreatment.text',
  'plan.interventionsTreatment.noneNeededReason',
  'plan.victimSafety.text',
  'plan.victimSafety.noneNeededReason',
  'plan.contingency.text',
  'actions.*.text',
  'actions.*.pillar',
  'actions.*.owner',
  'actions.*.dueDate',
  'actions.*.carriedOver',
  'actions.*.status',
  'decisions.level',
  'decisions.levelRationale',
  'decisions.category',
  'decisions.categoryRationale',
  'decisions.agencyViews.*.agency',
  'decisions.agencyViews.*.level',
  'decisions.agencyViews.*.category',
  'decisions.agencyViews.*.view',
  'decisions.exitMappa',
  'offenderInvolvement.informed',
  'offenderInvolvement.reasonNotInformed',
  'offenderInvolvement.representations',
  'media.plan',
  'media.publicInterest',
  'media.spokesperson',
  'media.agreedLines',
  'media.communityDisclosure',
  'onwardSharing.*.what',
  'onwardSharing.*.suppliedBy',
  'onwardSharing.*.aboutVictim',
  'onwardSharing.*.passedOnBy',
  'onwardSharing.*.recipient',
  'onwardSharing.*.permission.by',
  'onwardSharing.*.permission.person',
  'onwardSharing.*.permission.at',
  'adjournments.*.scope',
  'adjournments.*.item',
  'adjournments.*.reason',
  'adjournments.*.awaiting',
  'nextReview.proposedDate',
  'nextReview.date',
  'nextReview.changeReason',
  'nextReview.reconveneCriteria',
  'executiveSummary.text',
  'distribution.recipients.*.name',
  'distribution.recipients.*.email',
];

/** Fields that hold a person: a change of person is one change, said by name, not one per part of the person. */
export const personFields: ReadonlySet<string> = new Set([
  'meetingDetails.chair',
  'meetingDetails.minuteTaker',
  'meetingDetails.coordinator',
  'attendance.*.person',
  'attendance.*.acknowledgementWaiver.recordedBy',
  'nominal.offenderManager',
  'previousActions.*.owner',
  'actions.*.owner',
  'onwardSharing.*.permission.person',
]);

/** A path through the minutes: keys, and 1-based positions in lists. */
export type FieldPath = readonly (string | number)[];

export const patternOf = (path: FieldPath): string => path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');

const named = new Set(namedFields);

/** The field's name for a reader; a field not named here is said by its raw path ("Field media.newThing"). */
export function fieldName(path: FieldPath): Message {
  const pattern = patternOf(path);
  const n = path.find((p) => typeof p === 'number');
  if (named.has(pattern)) {
    const key = `minutes.fields.${pattern.replace(/\.\*/g, '')}` as MessageKey;
    return n === undefined ? msg(key) : msg(key, { n });
  }
  return msg('minutes.fields.other', { path: path.join('.') });
}

/**
 * A merge conflict's path (list items named by their id, `actions.act_1.text`) as a field path with
 * each item's 1-based position in the document (`['actions', 1, 'text']`), so the conflict names the field
 * as the comparison of versions does. An item no longer in the document keeps its id, and the
 * field is then said by its raw path.
 */
export function fieldPathIn(doc: unknown, path: string): FieldPath {
  const out: (string | number)[] = [];
  let node: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(node)) {
      const at = node.findIndex(
        (x: unknown) => typeof x === 'object' && x !== null && (x as { id?: unknown }).id === part,
      );
      out.push(at >= 0 ? at + 1 : part);
      node = at >= 0 ? node[at] : undefined;
    } else {
      out.push(part);
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    }
  }
  return out;
}
