/** Words and phrases used across the app. */
export const common = {
  'common.appName': 'MAPPA Panel',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.tryAgain': 'Try again',
  'common.language.label': 'Language',
  // The page controls of every long list (the register, the action lists, the audit trail).
  'common.pager.previous': 'Previous page',
  'common.pager.next': 'Next page',
  'common.pager.position': 'Page {page} of {pageCount}',
  'common.language.switchTo': 'Cymraeg',
};
