/** Words and phrases used across the app. */
export const common = {
  'common.appName': 'MAPPA Panel',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.tryAgain': 'Try again',
  'common.language.label': 'Language',
  'common.language.switchTo': 'Cymraeg',
};
