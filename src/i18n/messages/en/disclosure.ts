/** English messages of the disclosure area (see docs/i18n.md). */
export const disclosure = {
  'disclosure.recordView.wordFailed': 'The Word document could not be made. Try again.',
  'disclosure.recordView.date': 'Date',
  'disclosure.recordView.print': 'Print disclosure record',
  'disclosure.recordView.download': 'Download the disclosure record (Word)',
};
