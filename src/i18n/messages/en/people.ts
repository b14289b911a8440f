/** English messages of the people area: agencies and people's parts (see docs/i18n.md). */
export const people = {
  'people.agency.police': 'Police',
  'people.agency.probation': 'Probation',
  'people.agency.prison': 'Prison Service',
  'people.agency.childrensServices': "Children's services",
  'people.agency.adultSocialCare': 'Adult social care',
  'people.agency.health': 'Health',
  'people.agency.housing': 'Housing',
  'people.agency.youthJustice': 'Youth offending team',
  'people.agency.jobcentrePlus': 'Jobcentre Plus',
  'people.agency.electronicMonitoring': 'Electronic monitoring',
  'people.agency.immigrationEnforcement': 'Home Office Immigration Enforcement',
  'people.agency.victimLiaison': 'Victim liaison',
  'people.agency.other': 'Other agency',
  'people.personWithAgency': '{name} ({agency})',
};
