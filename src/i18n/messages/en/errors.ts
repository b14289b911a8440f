/** English messages of the errors area: what a person reads about a failure (see docs/i18n.md). */
const operation =
  '{operation, select, readMinutes {read the minutes} writeMinutes {write the minutes} finalise {finalise or correct the minutes} recordDisclosure {record a disclosure decision} export {export the minutes} distribute {distribute the minutes} schedule {schedule the panel} changeLevel {change the level or category} exit {end the panel or exit the case from MAPPA} readAudit {read the audit log} submitWrittenUpdate {send a written update} other {{action}}}';
const whom = '{part, select, coordinator {{name}, the MAPPA coordinator} chair {{name}, the chair} other {{name}}}';

export const errors = {
  'errors.general': 'Something went wrong. Nothing was lost; try again.',
  'errors.conflict.stale':
    'Someone else saved this record first. Your changes are kept; review them against the latest version.',
  'errors.conflict.exists': 'A record with this id already exists with different content.',
  'errors.conflict.signed': 'This record has been signed and can no longer be changed; record a correction instead.',
  'errors.conflict.missing': 'The record no longer exists.',
  'errors.invalidDocument': 'The stored {kind} record is not valid: {issues}',
  'errors.permission':
    'MAPPA Panel is not allowed to {action}: it needs the Microsoft 365 permission {permission}. Ask your Microsoft 365 administrator; nothing has been lost.',
  'errors.permission.withStep':
    'MAPPA Panel is not allowed to {action}: it needs the Microsoft 365 permission {permission} ({adminStep}). Ask your Microsoft 365 administrator; nothing has been lost.',
  'errors.notOnCase.noRole': 'You are not on this case; ask the MAPPA coordinator if you need to be.',
  'errors.notOnCase.noRole.ask': `You are not on this case; ask ${whom} if you need to be.`,
  'errors.notOnCase.notAllowed': `Your part in this case does not let you ${operation}.`,
  'errors.notOnCase.notAllowed.ask': `Your part in this case does not let you ${operation}; ask ${whom}.`,
  'errors.records.notFinal': 'Only finalised minutes are filed in the minutes library.',
  'errors.host.noContext': 'The host did not say where the app is running: {reason}',
  'errors.host.unsupportedFrame': 'The host opened the app in a frame it does not support (“{frameContext}”).',
  'errors.host.unreadableContext': 'The host’s description of this frame could not be read: {reasons}.',
  'errors.minutes.caseNotFound': 'The case for this meeting was not found.',
  'errors.minutes.exportReason': 'Say why you are exporting the minutes.',
  'errors.scheduling.seriesExists': 'This case already has a panel series. Change its level or end it first.',
  'errors.scheduling.seriesEnded': 'This series has ended; start a new one.',
  'errors.field.tooLong': 'Keep this under {max, number} characters.',
  'errors.field.tooMany': 'Give no more than {max, number}.',
  'errors.field.required': 'Fill this in.',
  'errors.field.tooShort': 'Write at least {min, number} characters.',
  'errors.field.tooFew': '{min, plural, one {Give at least one.} other {Give at least #.}}',
  'errors.field.email': 'Enter a valid e-mail address.',
  'errors.field.dateFormat': 'Use a date in the form yyyy-mm-dd.',
  'errors.field.format': 'This is not in the form expected.',
  'errors.field.choose': 'Choose one of the options given.',
  'errors.field.unexpected': 'This holds something the record does not accept.',
  'errors.field.notValid': 'This is not valid; check it and try again.',
  'errors.person.name': 'Enter a name',
  'errors.person.email': 'Enter a valid e-mail address',
};
