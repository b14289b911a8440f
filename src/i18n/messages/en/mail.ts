/** English messages of the mail the app sends: reminders (see docs/i18n.md). */
export const mail = {
  'mail.reminder.subject': 'MAPPA actions due',
  'mail.reminder.greeting': 'Dear {name},',
  'mail.reminder.intro': 'You have MAPPA actions that need your attention:',
  'mail.reminder.overdue': '{count, plural, one {# action is} other {# actions are}} overdue',
  'mail.reminder.dueSoon':
    '{count, plural, one {# action is} other {# actions are}} due within {days, plural, one {# day} other {# days}}',
  'mail.reminder.open': 'Open your actions to post an update: {link}',
  'mail.reminder.noCaseDetails': 'This message contains no case details. Sign in to see them.',
};
