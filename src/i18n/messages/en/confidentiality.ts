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
};
