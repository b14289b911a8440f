/** English messages of the scheduling area: the Panels page, the area site set-up, meeting invitations (see docs/i18n.md). */
export const scheduling = {
  'scheduling.invite.subject': 'MAPPA Level {level} panel – {reference}',
  'scheduling.invite.urgentSubject': 'Urgent MAPPA panel – {reference}',
  'scheduling.invite.body': 'MAPPA panel meeting. Open the MAPPA Panel tab in the meeting for the papers.',
  'scheduling.problem.eventNotMade': 'The calendar event is not made yet: {reason}',
  'scheduling.problem.meetingsNotRecorded': 'The upcoming meetings are not all recorded yet: {reason}',
  'scheduling.problem.notLockedYet': 'Meeting options not locked yet: {reason}',
  'scheduling.problem.notMovedYet': 'Bank holiday meetings not moved yet: {reason}',
  'scheduling.problem.chatPreparing':
    'Teams is still preparing the meeting chat; the app will be added on the next try.',
  'scheduling.problem.appNotAddedYet': 'App not added to the meeting yet: {reason}',
  'scheduling.problem.urgentNotRecorded': 'The meeting is booked but not yet recorded in MAPPA Panel: {reason}',
  'scheduling.problem.notLocked': 'Meeting options not locked: {reason}',
  'scheduling.problem.appNotInChat': 'The app is not yet in the meeting chat; add it from the meeting’s details.',
  'scheduling.problem.invitationsNotUpdated':
    'The invitations already in Outlook calendars could not be updated: {reason}',
  'scheduling.problem.invitationsInOrganisersCalendar':
    'The invitations already in Outlook calendars could not be updated: the series is in the calendar of {organiser}, who scheduled it. {reason}',
  'scheduling.problem.invitationsOutdated':
    'The invitations already in Outlook calendars still name the chair and members as they were before the last change: the calendar did not take it.',
  'scheduling.invitations.updated':
    'The invitations already in Outlook calendars are updated too: anyone added is invited to the meetings to come, and anyone removed receives a cancellation.',
  'scheduling.invitations.nothingToUpdate':
    'The series is not in Outlook calendars yet: when its scheduling finishes, the invitations go to the chair and members named now.',
  'scheduling.invitations.notUpdated.advice':
    'The change to the case is saved and nothing is lost. Try updating the invitations again; if it still fails, whoever organises the series in Outlook can invite anyone added and remove anyone removed there.',
  'scheduling.invitations.retry': 'Update the invitations again',
  'scheduling.site.failedRefused':
    'Microsoft 365 refused access to the area site. An administrator must grant MAPPA Panel access to this site (the per-site Sites.Selected grant, with the manage role for the first set-up). Nothing was changed that cannot be set up again.',
  'scheduling.site.failedNotFound': 'The area site was not found. Check the site id in the configuration.',
  'scheduling.site.failed': 'The area site could not be set up just now. Nothing is lost; try again in a moment.',
  'scheduling.site.heading': 'Area site',
  'scheduling.site.intro':
    'Before the first panel, set up the area’s SharePoint site: its lists for cases, panels, meetings, actions and audit, and the minutes library. It is safe to run again.',
  'scheduling.site.setUp': 'Set up the area site',
  'scheduling.site.settingUp': 'Setting up the area site…',
  'scheduling.site.alreadySetUp': 'The area site is already set up: nothing needed adding.',
  'scheduling.site.setUpAdded': 'The area site is set up. Added {count}:',
  'scheduling.site.added': 'Added to the area site',
  'scheduling.panels.registerFailedFirstRun':
    'The case register could not be loaded. If this is the first run, set up the area site below; otherwise try again in a moment.',
  'scheduling.panels.registerFailed': 'The case register could not be loaded. Try again in a moment.',
  'scheduling.panels.scheduled': 'The series is scheduled and the meeting is locked down.',
  'scheduling.panels.scheduledSomeUnavailable':
    'The series is scheduled and the meeting is locked down. Not available in this tenant: {options}.',
  'scheduling.panels.notFinished':
    'The series is saved but not finished: {problems} Choose “Finish scheduling” to carry on.',
  'scheduling.panels.urgentBookedWithProblems': 'The urgent meeting is booked. {problems}',
  'scheduling.panels.urgentBooked': 'The urgent meeting is booked and locked down.',
  'scheduling.panels.loading': 'Loading the case register…',
  'scheduling.panels.back': 'Back to the case register',
  'scheduling.panels.title': 'Panels',
  'scheduling.panels.case': 'Case',
  'scheduling.panels.chooseCase': 'Choose a case',
  'scheduling.panels.caseOption': '{reference} (Level {level})',
  'scheduling.panels.caseOptionExited': '{reference} (Level {level}, exited)',
  'scheduling.panels.exited': '{reference} has exited MAPPA. Its panels and records are kept.',
  'scheduling.panels.exitedOn': '{reference} has exited MAPPA ({date}). Its panels and records are kept.',
  'scheduling.panels.schedule': 'Schedule',
  'scheduling.panels.cadence': 'Level {level}: a panel every {weeks} weeks',
  'scheduling.panels.levelOne': 'Level 1: managed by the lead agency, with no panel series',
  'scheduling.panels.currentSeries': 'Current series from {date} at {time}, every {weeks} weeks.',
  'scheduling.panels.seriesScheduled': 'Scheduled',
  'scheduling.panels.seriesNotFinished': 'Not finished',
  'scheduling.panels.finish': 'Finish scheduling',
  'scheduling.panels.firstMeeting': 'First meeting',
  'scheduling.panels.chooseWeekday': 'Choose a weekday',
  'scheduling.panels.startTime': 'Start time',
  'scheduling.panels.checkAvailability': 'Check standing members’ availability',
  'scheduling.panels.suggestions': 'Suggested days and times',
  'scheduling.panels.suggestion':
    '{busy, plural, =0 {{unknown, plural, =0 {{day} {time}: no clashes} other {{day} {time}: no clashes, # unknown}}} other {{unknown, plural, =0 {{day} {time}: clashes for {members}} other {{day} {time}: clashes for {members}, # unknown}}}}',
  'scheduling.panels.nextTwelve': 'The next twelve meetings',
  'scheduling.panels.checkingHolidays': 'Checking bank holidays…',
  'scheduling.panels.meetingAt': '{date} at {time}',
  'scheduling.panels.moved': 'Moved from {date} ({holiday})',
  'scheduling.panels.create': 'Create the series',
  'scheduling.panels.changeLevel': 'Change level or category',
  'scheduling.panels.exit': 'Exit from MAPPA',
  'scheduling.panels.urgentOn': 'Urgent meeting on',
  'scheduling.panels.bookUrgent': 'Book an urgent meeting',
  'scheduling.panels.working': 'Working…',
};
