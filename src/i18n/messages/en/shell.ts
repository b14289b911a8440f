/** The app shell: page titles, header, failure message. */
export const shell = {
  'shell.title.meeting': 'MAPPA panel',
  'shell.title.meetingTab': 'MAPPA panel minutes',
  'shell.title.configuration': 'Set up MAPPA Panel',
  'shell.title.app': 'MAPPA Panel',
  'shell.boundCase': 'Case {reference}',
  'shell.noCase': 'No case chosen',
  'shell.signedIn': '{name}, {agency}',
  'shell.failure.title': 'Something went wrong in this part of MAPPA Panel.',
  'shell.failure.body': 'Anything already saved is safe. Try again, or reload the page if the problem continues.',
};
