/** English messages of the confidentiality area (see docs/i18n.md). */
export const confidentiality = {
  'confidentiality.gate.checking': 'Checking your confidentiality acknowledgement',
  'confidentiality.gate.saveFailed':
    'Your acknowledgement could not be saved, so case content stays hidden. Try again.',
  'confidentiality.gate.title': 'Confidentiality statement',
  'confidentiality.gate.confirmIntro': 'Before you see any case information, confirm that:',
  'confidentiality.gate.agree': 'I have read the statement and I make these commitments',
  'confidentiality.gate.saving': 'Saving…',
  'confidentiality.gate.acknowledge': 'Acknowledge and continue',
  'confidentiality.commitments.privateSpace': 'I am in a private space.',
  'confidentiality.commitments.notOverheard': 'I cannot be overheard.',
  'confidentiality.commitments.noNotes': 'I will not keep personal notes of this meeting.',
  'confidentiality.commitments.noOnwardSharing':
    'I will not share anything from this meeting onwards without the chair’s agreement.',

  'confidentiality.status.title': 'Confidentiality acknowledgements',
  'confidentiality.status.loadFailed': 'Acknowledgements could not be loaded.',
  'confidentiality.status.loading': 'Loading…',
  'confidentiality.status.everyone': 'Everyone present has acknowledged.',
  'confidentiality.status.notYetCount': 'Not yet acknowledged ({count}):',
  'confidentiality.status.notYetLabel': 'Not yet acknowledged',
  'confidentiality.status.person': '{name}, {agency}',
  'confidentiality.status.refresh': 'Refresh',

  'confidentiality.privacy.title': 'Case content hidden',
  'confidentiality.privacy.explanation':
    'Content is hidden for privacy. Make sure nobody can see your screen or overhear before you show it again.',
  'confidentiality.privacy.show': 'Show case content',
  'confidentiality.privacy.hide': 'Hide case content ({shortcut})',

  'confidentiality.stage.failed': 'The stage could not be shared. Try again, or share from the meeting controls.',
  'confidentiality.stage.unavailable': 'Sharing to the stage is available in the meeting side panel only',
  'confidentiality.stage.share': 'Share to stage',
  'confidentiality.stage.title': 'Share to the meeting stage?',
  'confidentiality.stage.everyoneSees': 'Everyone in the meeting will see:',
  'confidentiality.stage.showsLabel': 'The stage shows',
  'confidentiality.stage.neverShowsIntro': 'The stage never shows:',
  'confidentiality.stage.neverShowsLabel': 'The stage never shows',
  'confidentiality.stage.cancel': 'Cancel',
  'confidentiality.stage.shows.caseAndStep': 'The case reference and the current agenda step',
  'confidentiality.stage.shows.pillars': 'The four pillars of the risk management plan',
  'confidentiality.stage.shows.actions': 'The actions being agreed, with owners and dates',
  'confidentiality.stage.never.victims': 'Victims’ details or whereabouts',
  'confidentiality.stage.never.thirdParties': 'Children’s and other third parties’ details',
  'confidentiality.stage.never.agencyInformation': 'Agency information entries, including health information',
  'confidentiality.stage.never.disclosure': 'Disclosure decisions and their reasons',
  'confidentiality.stage.never.nominal': 'The nominal’s address and identifiers',

  'confidentiality.minimum.title': 'Minimum necessary',
  'confidentiality.minimum.guidanceLabel': 'Health information guidance',
  'confidentiality.minimum.guidance.share':
    'Share: Identity, nature of the offence, start of unescorted leave, discharge address and the responsible clinician’s contact details.',
  'confidentiality.minimum.guidance.whenNeeded':
    'Risk-relevant clinical information, such as relapse indicators and risk and protective factors, only when the risk needs it.',
  'confidentiality.minimum.guidance.never': 'Never full psychiatric reports or medical records.',
  'confidentiality.minimum.guidance.usuallyNot': 'Usually not medication or developmental history.',
  'confidentiality.minimum.needed': 'Is it needed to assess or manage the risk?',
  'confidentiality.minimum.yes': 'Yes',
  'confidentiality.minimum.no': 'No',
  'confidentiality.minimum.how': 'How does it bear on the risk?',
  'confidentiality.minimum.least': 'Is it the least information that serves?',
  'confidentiality.minimum.consent': 'Consent',
  'confidentiality.minimum.consentObtained': 'Consent obtained',
  'confidentiality.minimum.withoutConsent': 'Shared without consent',
  'confidentiality.minimum.reasonWithoutConsent': 'Reason for sharing without consent',
  'confidentiality.minimum.onwardUse': 'Condition on onward use (where it may go next)',
  'confidentiality.minimum.onwardUseHint': 'For example: not beyond the panel',
  'confidentiality.minimum.aboutVictim':
    'This is information about a victim: it goes no further without my agency’s agreement',
  'confidentiality.minimum.overSharingLabel': 'Possible over-sharing',
  'confidentiality.minimum.mayGoBeyond': 'This may go beyond the minimum necessary:',
  'confidentiality.minimum.flag': '{label} (“{matched}”)',
  'confidentiality.minimum.why': 'Why the risk needs this detail',
  'confidentiality.minimum.whyHint': 'Or remove the detail from the entry',
  'confidentiality.minimum.stillToAnswer': 'Still to answer',
  'confidentiality.minimum.missing.needed': 'Say whether it is needed to assess or manage the risk.',
  'confidentiality.minimum.missing.notNeeded':
    'Information not needed for the risk should not be shared: remove it from the minutes.',
  'confidentiality.minimum.missing.how': 'Say briefly how it bears on the risk.',
  'confidentiality.minimum.missing.least': 'Say whether it is the least information that serves.',
  'confidentiality.minimum.missing.reduce': 'Reduce it to the least information that serves the purpose.',
  'confidentiality.minimum.missing.consent': 'Say whether consent was obtained.',
  'confidentiality.minimum.missing.reasonWithoutConsent': 'Give the reason for sharing without consent.',
  'confidentiality.minimum.missing.onwardUse': 'State any condition on onward use (for example, not beyond the panel).',
  'confidentiality.minimum.missing.beyondMinimum':
    'This looks beyond the minimum for health information: remove the detail or say why the risk needs it.',
  'confidentiality.healthFlag.fullRecords.1':
    'Full psychiatric reports and medical records are never shared with the panel.',
  'confidentiality.healthFlag.fullRecords.2': 'Summarise only what bears on the risk.',
  'confidentiality.healthFlag.medication.1': 'Medication and doses are usually not shared.',
  'confidentiality.healthFlag.medication.2':
    'Say instead what matters for the risk, for example that stopping treatment is a relapse indicator.',
  'confidentiality.healthFlag.diagnosis.1': 'Share a diagnosis only as far as it bears on the risk.',
  'confidentiality.healthFlag.diagnosis.2':
    'Describe the relapse indicators and the risk and protective factors rather than the clinical detail.',
  'confidentiality.healthFlag.abuseOrTrauma.1': 'A history of abuse or trauma is usually not shared.',
  'confidentiality.healthFlag.abuseOrTrauma.2':
    'If it bears on the risk, say how (for example a trigger to avoid) rather than what happened.',
  'confidentiality.healthFlag.developmentalOrFamilyHistory.1':
    'Developmental, childhood and family history is usually not shared.',
  'confidentiality.healthFlag.developmentalOrFamilyHistory.2':
    'Relapse indicators and protective factors are more useful to the panel than history.',
  'confidentiality.healthFlag.thirdPartyHealth.1':
    'Another person’s health (a relative’s, a partner’s, a victim’s) is theirs to share, not the panel’s.',
  'confidentiality.healthFlag.thirdPartyHealth.2': 'Record it only if the risk needs it, and say why.',
  'confidentiality.healthFlag.therapyContent.1': 'What a patient says in therapy is not shared.',
  'confidentiality.healthFlag.therapyContent.2':
    'The exception is a specific disclosure that bears directly on the risk.',

  'confidentiality.distribute.title': 'Distribute minutes',
  'confidentiality.distribute.defaultWhy': 'Final minutes to the panel’s attendees',
  'confidentiality.distribute.sentTo':
    '{count, plural, one {Minutes sent to # person.} other {Minutes sent to # people.}}',
  'confidentiality.distribute.failed': 'The minutes could not be sent. Nothing has been lost; try again.',
  'confidentiality.distribute.rule':
    'Minutes go only to approved secure e-mail addresses, and never to anyone flagged as a victim or protected in this case.',
  'confidentiality.distribute.willReceiveCount': 'Will receive the minutes ({count})',
  'confidentiality.distribute.willReceive': 'Will receive the minutes',
  'confidentiality.distribute.willNotReceiveCount': 'Will not receive the minutes ({count})',
  'confidentiality.distribute.willNotReceive': 'Will not receive the minutes',
  'confidentiality.distribute.recipient': '{name} ({email})',
  'confidentiality.distribute.refusedRecipient': '{name} ({email}): {why}',
  'confidentiality.distribute.refused':
    '{reason, select, victim {This person is flagged as a victim. Victims are never sent minutes; the coordinator can provide the executive summary.} notApprovedDomain {This address is not on the area’s approved secure domains. Minutes cannot be sent to it; the coordinator can provide the executive summary.} invalidAddress {This is not a valid e-mail address. Minutes cannot be sent to it.} other {This is a protected person in this case. Protected people are never sent minutes; the coordinator can provide the executive summary.}}',
  'confidentiality.distribute.refusedProtected':
    '{by, select, directoryId {This is a protected person in this case, known by their directory entry.} address {This is a protected person in this case, known by one of their known addresses.} other {This is a protected person in this case, known by their name.}} Protected people are never sent minutes; the coordinator can provide the executive summary.',
  'confidentiality.distribute.addAddress': 'Add an address',
  'confidentiality.distribute.add': 'Add',
  'confidentiality.distribute.why': 'Why are they being sent?',
  'confidentiality.distribute.whyMissing': 'Say why the minutes are being sent.',
  'confidentiality.distribute.close': 'Close',
  'confidentiality.distribute.sendToCoordinator': 'Send to the coordinator',
  'confidentiality.distribute.send': 'Send minutes',
  'confidentiality.distribute.sentCurrent':
    'Sent on {when} (version {version}). They are not sent again unless a correction is signed.',
  'confidentiality.distribute.sentOlder':
    'Version {version} was sent on {when}. Version {latest}, the correction, has not been sent yet.',

  'confidentiality.jobcentrePlus.problem.name': 'Enter the person’s name',
  'confidentiality.jobcentrePlus.problem.dateFormat': 'Use a date in the form yyyy-mm-dd',
  'confidentiality.jobcentrePlus.problem.dateNotReal': 'Not a real date',
  'confidentiality.jobcentrePlus.problem.nationalInsuranceNumber': 'Enter a National Insurance number like QQ123456C',
  'confidentiality.jobcentrePlus.problem.restrictions': 'Give at least one kind of work or training that is restricted',
  'confidentiality.jobcentrePlus.problem.description': 'Describe the kind of work or training',
  'confidentiality.jobcentrePlus.problem.riskToStaff': 'Say whether Jobcentre Plus staff are at risk',
  'confidentiality.jobcentrePlus.problem.other':
    'Check the notification: part of it is not in the form MAPPA J accepts',
  'confidentiality.jobcentrePlus.problem.namesProtected':
    'Restriction {number} names a protected person. Jobcentre Plus is never told who the case protects: rewrite it without their name or address.',
  'confidentiality.jobcentrePlus.problem.smuggled':
    'Restriction {number} mentions {detail, select, conviction {a conviction, charge or sentence} offence {an offence} harm {what was done to someone} other {a victim}} (“{matched}”). Jobcentre Plus is told only the kind of work and when the restriction ends: rewrite it without offence details.',
  'confidentiality.jobcentrePlus.detail':
    '{detail, select, conviction {a conviction, charge or sentence} offence {an offence} harm {what was done to someone} other {a victim}} (“{matched}”)',
  'confidentiality.jobcentrePlus.mentions':
    'This mentions {details}. Rewrite it as the kind of work only: Jobcentre Plus is not told about offences.',
  'confidentiality.jobcentrePlus.loadFailed':
    'The MAPPA J notification could not be loaded. Check your connection and try again.',
  'confidentiality.jobcentrePlus.loading': 'Loading the MAPPA J notification…',
  'confidentiality.jobcentrePlus.saved': 'MAPPA J notification saved.',
  'confidentiality.jobcentrePlus.saveFailed': 'The notification could not be saved.',
  'confidentiality.jobcentrePlus.stillHere': '{problem} What you entered is still here.',
  'confidentiality.jobcentrePlus.change': 'Change the MAPPA J notification',
  'confidentiality.jobcentrePlus.form': 'MAPPA J notification',
  'confidentiality.jobcentrePlus.intro':
    'Jobcentre Plus is told only who the person is, the kinds of work or training they must not do and until when, and whether its staff are at risk. Never the offence, a victim or anything about health.',
  'confidentiality.jobcentrePlus.name': 'Name',
  'confidentiality.jobcentrePlus.dateOfBirth': 'Date of birth',
  'confidentiality.jobcentrePlus.nationalInsuranceNumber': 'National Insurance number',
  'confidentiality.jobcentrePlus.nationalInsuranceNumberHint': 'If known, for example QQ123456C',
  'confidentiality.jobcentrePlus.restriction': 'Restriction {number}',
  'confidentiality.jobcentrePlus.restrictionKind': 'Restriction {number}: work or training',
  'confidentiality.jobcentrePlus.work': 'Work',
  'confidentiality.jobcentrePlus.training': 'Training',
  'confidentiality.jobcentrePlus.restrictionDescription': 'Restriction {number}: the kind of work or training',
  'confidentiality.jobcentrePlus.restrictionDescriptionHint':
    'For example: work with children under 18; work in people’s homes',
  'confidentiality.jobcentrePlus.restrictionUntil': 'Restriction {number}: ends on',
  'confidentiality.jobcentrePlus.removeRestriction': 'Remove restriction {number}',
  'confidentiality.jobcentrePlus.addRestriction': 'Add a restricted kind of work or training',
  'confidentiality.jobcentrePlus.riskToStaff': 'Are Jobcentre Plus staff at risk?',
  'confidentiality.jobcentrePlus.yes': 'Yes',
  'confidentiality.jobcentrePlus.no': 'No',
  'confidentiality.jobcentrePlus.beforeSaving': 'Before saving',
  'confidentiality.jobcentrePlus.save': 'Save the MAPPA J notification',
  'confidentiality.jobcentrePlus.cancel': 'Cancel',
  'confidentiality.jobcentrePlus.exportFailed': 'The notification could not be exported. Try again.',
  'confidentiality.jobcentrePlus.print': 'Print the MAPPA J notification',
  'confidentiality.jobcentrePlus.download': 'Download the MAPPA J notification (Word)',
};
