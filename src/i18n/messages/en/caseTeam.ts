/** English messages of the caseTeam area (see docs/i18n.md): a case's further offences, its chair and its panel members. */
export const caseTeam = {
  'caseTeam.charge.murder': 'Murder',
  'caseTeam.charge.manslaughter': 'Manslaughter',
  'caseTeam.charge.rape': 'Rape',
  'caseTeam.charge.attemptedMurder': 'Attempted murder',
  'caseTeam.charge.attemptedManslaughter': 'Attempted manslaughter',
  'caseTeam.charge.attemptedRape': 'Attempted rape',
  'caseTeam.charge.other': 'Another offence',
  'caseTeam.furtherOffence.open': 'Record a further offence',
  'caseTeam.furtherOffence.title': 'Record a further offence: {reference}',
  'caseTeam.furtherOffence.rule':
    'A full Serious Case Review is mandatory when someone managed at Level 2 or 3 at any time in the {days} days before is charged with murder, manslaughter, rape or an attempt of these.',
  'caseTeam.furtherOffence.charge': 'Offence charged',
  'caseTeam.furtherOffence.chargedOn': 'Date charged',
  'caseTeam.furtherOffence.rationale': 'Rationale and where the information came from',
  'caseTeam.furtherOffence.confirm':
    'I confirm the charge and its date are as reported; this record is kept in the case’s history for good',
  'caseTeam.furtherOffence.action': 'Record the further offence',
  'caseTeam.furtherOffence.periodsFailed':
    'The case’s level history could not be read, so whether a review is needed is not shown yet. You can still record the offence.',
  'caseTeam.furtherOffence.finding.required': 'Recording this flags a mandatory Serious Case Review on the register.',
  'caseTeam.furtherOffence.finding.notASeriousCharge': 'This offence does not in itself require a Serious Case Review.',
  'caseTeam.furtherOffence.finding.notManaged':
    'No Serious Case Review is required: the person was not managed at Level 2 or 3 in the {days} days before the charge.',
  'caseTeam.furtherOffence.done.review':
    'Recorded. A mandatory Serious Case Review is flagged for {reference} on the register.',
  'caseTeam.furtherOffence.done.noReview':
    'Recorded in the history of {reference}. No Serious Case Review is required.',
  'caseTeam.furtherOffence.problem.chargedOn': 'Enter the date the charge was made.',
  'caseTeam.furtherOffence.problem.future': 'The date charged cannot be after today.',
  'caseTeam.furtherOffence.problem.rationale': 'Give the rationale and where the information came from.',
  'caseTeam.furtherOffence.problem.confirm': 'Confirm the charge and its date before recording them.',
};
