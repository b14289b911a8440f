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
  'caseTeam.team.open': 'Chair and members',
  'caseTeam.team.title': 'Chair and panel members: {reference}',
  'caseTeam.team.intro':
    'The chair and the members are invited to the case’s panels and, with the area’s coordinators, are the only people who can open the case.',
  'caseTeam.team.chair': 'Chair',
  'caseTeam.team.chair.choose': 'Choose the chair',
  'caseTeam.team.chair.level1': 'Level 1 has no MAPPA meetings, so the case needs no chair.',
  'caseTeam.team.chair.notEligible': '{name} (not eligible at Level {level})',
  'caseTeam.team.members': 'Panel members by agency',
  'caseTeam.team.members.none': 'No members yet.',
  'caseTeam.team.member.standing': 'standing member',
  'caseTeam.team.member.involved': 'involved in the case',
  'caseTeam.team.member.remove': 'Remove {name}',
  'caseTeam.team.addStanding': 'The area’s standing members',
  'caseTeam.team.addStanding.one': 'Add {name} ({agency})',
  'caseTeam.team.addInvolved': 'Someone involved in the case',
  'caseTeam.team.addInvolved.action': 'Add to the members',
  'caseTeam.team.addInvolved.invalid': 'Enter the person’s name and a valid secure e-mail address before adding them.',
  'caseTeam.team.added': '{name} is added to the members.',
  'caseTeam.team.removed': '{name} is removed from the members.',
  'caseTeam.team.rationale': 'Rationale for the change',
  'caseTeam.team.action': 'Save the chair and members',
  'caseTeam.team.done':
    'Saved. The chair and members of {reference} now decide who is invited to its panels and who can open it.',
  'caseTeam.team.done.series': 'The current panel series names them too.',
  'caseTeam.team.problem.exited': 'The case has exited MAPPA; its chair and members no longer change.',
  'caseTeam.team.problem.noChair': 'Choose a chair: a Level {level} panel needs one.',
  'caseTeam.team.problem.notEligible':
    '{name} is not an eligible chair for Level {level}; choose one of the area’s eligible chairs.',
  'caseTeam.team.problem.twice': '{name} is listed twice.',
  'caseTeam.team.problem.noMembers': 'Name at least one panel member.',
  'caseTeam.team.problem.unchanged': 'Nothing has changed yet.',
  'caseTeam.team.problem.rationale': 'Give the rationale for the change.',
  'caseTeam.correction.decisionsProblem':
    'The correction is signed. {problem} Ask the MAPPA coordinator to change the level, category or next review from the case register.',
};
