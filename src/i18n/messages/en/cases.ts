/** English messages of the cases area: categories, referrals, screening, identification, level and exit (see docs/i18n.md). */
export const cases = {
  'cases.category.1': 'Category 1: registered sexual offender',
  'cases.category.2': 'Category 2: violent or other sexual offender',
  'cases.category.3': 'Category 3: other dangerous offender',
  'cases.category.4': 'Category 4: terrorism',
  'cases.clock.overdue': 'Overdue',
  'cases.clock.overdueBy': 'Overdue by {days, plural, one {# working day} other {# working days}}',
  'cases.clock.dueToday': 'Decision due today',
  'cases.clock.left': '{days, plural, one {# working day} other {# working days}} left',
};
