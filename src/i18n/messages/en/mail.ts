/** English messages of the mail the app sends: reminders, referral decisions (see docs/i18n.md). */
export const mail = {
  'mail.reminder.subject': 'MAPPA actions due',
  'mail.disclosureReport.subject': 'Disclosure recorded: {reference}',
  'mail.disclosureReport.body':
    'A disclosure decision has been recorded for case {reference}. Open the case in MAPPA Panel to review it. This message contains no case information.',
  'mail.reminder.greeting': 'Dear {name},',
  'mail.reminder.intro': 'You have MAPPA actions that need your attention:',
  'mail.reminder.overdue': '{count, plural, one {# action is} other {# actions are}} overdue',
  'mail.reminder.dueSoon':
    '{count, plural, one {# action is} other {# actions are}} due within {days, plural, one {# day} other {# days}}',
  'mail.reminder.open': 'Open your actions to post an update: {link}',
  'mail.reminder.noCaseDetails': 'This message contains no case details. Sign in to see them.',
  'mail.referralDeclined.subject': 'MAPPA referral received {received}: not accepted',
  'mail.referralDeclined.bodySecure':
    'Your referral for MAPPA Level {level}, received on {received}, has not been accepted.\n\nThe MAPPA coordinator’s rationale:\n{rationale}\n\nContact {name} ({email}) to discuss it.',
  'mail.referralDeclined.bodyOpen':
    'Your referral for MAPPA Level {level}, received on {received}, has been decided. Contact {name} ({email}) by secure e-mail for the decision and its rationale. This message contains no case information.',
};
