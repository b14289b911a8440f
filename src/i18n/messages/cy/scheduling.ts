import type { scheduling as en } from '../en/scheduling';
import type { Translations } from '../../message';

export const scheduling: Translations<typeof en> = {
  'scheduling.invite.subject': 'Panel MAPPA Lefel {level} – {reference}',
  'scheduling.invite.urgentSubject': 'Panel MAPPA brys – {reference}',
  'scheduling.invite.body': 'Cyfarfod panel MAPPA. Agorwch y tab MAPPA Panel yn y cyfarfod i weld y papurau.',
  'scheduling.problem.eventNotMade': 'Nid yw digwyddiad y calendr wedi’i greu eto: {reason}',
  'scheduling.problem.meetingsNotRecorded': 'Nid yw’r cyfarfodydd sydd i ddod i gyd wedi’u cofnodi eto: {reason}',
  'scheduling.problem.notLockedYet': 'Nid yw opsiynau’r cyfarfod wedi’u cloi eto: {reason}',
  'scheduling.problem.notMovedYet': 'Nid yw’r cyfarfodydd ar wyliau banc wedi’u symud eto: {reason}',
  'scheduling.problem.chatPreparing':
    'Mae Teams yn dal i baratoi sgwrs y cyfarfod; bydd yr ap yn cael ei ychwanegu y tro nesaf.',
  'scheduling.problem.appNotAddedYet': 'Nid yw’r ap wedi’i ychwanegu at y cyfarfod eto: {reason}',
  'scheduling.problem.urgentNotRecorded':
    'Mae’r cyfarfod wedi’i drefnu ond nid yw wedi’i gofnodi yn MAPPA Panel eto: {reason}',
  'scheduling.problem.notLocked': 'Nid yw opsiynau’r cyfarfod wedi’u cloi: {reason}',
  'scheduling.problem.appNotInChat': 'Nid yw’r ap yn sgwrs y cyfarfod eto; ychwanegwch ef o fanylion y cyfarfod.',
  'scheduling.problem.invitationsNotUpdated':
    'Nid oedd modd diweddaru’r gwahoddiadau sydd eisoes mewn calendrau Outlook: {reason}',
  'scheduling.problem.invitationsInOrganisersCalendar':
    'Nid oedd modd diweddaru’r gwahoddiadau sydd eisoes mewn calendrau Outlook: mae’r gyfres yng nghalendr {organiser}, y person a drefnodd y gyfres. {reason}',
  'scheduling.problem.invitationsOutdated':
    'Mae’r gwahoddiadau sydd eisoes mewn calendrau Outlook yn dal i enwi’r cadeirydd a’r aelodau fel yr oeddent cyn y newid diwethaf: ni dderbyniodd y calendr y newid.',
  'scheduling.invitations.updated':
    'Mae’r gwahoddiadau sydd eisoes mewn calendrau Outlook wedi’u diweddaru hefyd: caiff unrhyw un a ychwanegwyd wahoddiad i’r cyfarfodydd sydd i ddod, a chaiff unrhyw un a dynnwyd neges canslo.',
  'scheduling.invitations.nothingToUpdate':
    'Nid yw’r gyfres mewn calendrau Outlook eto: pan fydd y trefnu wedi’i gwblhau, bydd y gwahoddiadau’n mynd at y cadeirydd a’r aelodau a enwir nawr.',
  'scheduling.invitations.notUpdated.advice':
    'Mae’r newid i’r achos wedi’i gadw ac nid oes dim wedi’i golli. Ceisiwch ddiweddaru’r gwahoddiadau eto; os bydd hynny’n methu eto, gall pwy bynnag sy’n trefnu’r gyfres yn Outlook wahodd unrhyw un a ychwanegwyd a thynnu unrhyw un a dynnwyd yno.',
  'scheduling.invitations.retry': 'Diweddaru’r gwahoddiadau eto',
  'scheduling.site.failedRefused':
    'Gwrthododd Microsoft 365 fynediad i safle’r ardal. Rhaid i weinyddwr roi mynediad i MAPPA Panel i’r safle hwn (y caniatâd Sites.Selected ar gyfer y safle, gyda’r rôl rheoli ar gyfer y gosod cyntaf). Ni newidiwyd dim na ellir ei osod eto.',
  'scheduling.site.failedNotFound': 'Ni chafwyd hyd i safle’r ardal. Gwiriwch ddynodydd y safle yn y ffurfweddiad.',
  'scheduling.site.failed':
    'Nid oedd modd gosod safle’r ardal ar hyn o bryd. Nid oes dim wedi’i golli; rhowch gynnig arall arni mewn munud.',
  'scheduling.site.heading': 'Safle’r ardal',
  'scheduling.site.intro':
    'Cyn y panel cyntaf, gosodwch safle SharePoint yr ardal: ei restrau ar gyfer achosion, paneli, cyfarfodydd, camau gweithredu ac archwilio, a llyfrgell y cofnodion. Mae’n ddiogel ei redeg eto.',
  'scheduling.site.setUp': 'Gosod safle’r ardal',
  'scheduling.site.settingUp': 'Wrthi’n gosod safle’r ardal…',
  'scheduling.site.alreadySetUp': 'Mae safle’r ardal eisoes wedi’i osod: nid oedd angen ychwanegu dim.',
  'scheduling.site.setUpAdded': 'Mae safle’r ardal wedi’i osod. Ychwanegwyd {count}:',
  'scheduling.site.added': 'Wedi’u hychwanegu at safle’r ardal',
  'scheduling.panels.registerFailedFirstRun':
    'Nid oedd modd llwytho’r gofrestr achosion. Os mai dyma’r tro cyntaf, gosodwch safle’r ardal isod; fel arall rhowch gynnig arall arni mewn munud.',
  'scheduling.panels.registerFailed': 'Nid oedd modd llwytho’r gofrestr achosion. Rhowch gynnig arall arni mewn munud.',
  'scheduling.panels.scheduled': 'Mae’r gyfres wedi’i threfnu ac mae’r cyfarfod wedi’i gloi.',
  'scheduling.panels.scheduledSomeUnavailable':
    'Mae’r gyfres wedi’i threfnu ac mae’r cyfarfod wedi’i gloi. Ddim ar gael yn y tenant hwn: {options}.',
  'scheduling.panels.notFinished':
    'Mae’r gyfres wedi’i chadw ond heb ei chwblhau: {problems} Dewiswch “Cwblhau’r trefnu” i barhau.',
  'scheduling.panels.urgentBookedWithProblems': 'Mae’r cyfarfod brys wedi’i drefnu. {problems}',
  'scheduling.panels.urgentBooked': 'Mae’r cyfarfod brys wedi’i drefnu a’i gloi.',
  'scheduling.panels.loading': 'Wrthi’n llwytho’r gofrestr achosion…',
  'scheduling.panels.back': 'Yn ôl i’r gofrestr achosion',
  'scheduling.panels.title': 'Paneli',
  'scheduling.panels.case': 'Achos',
  'scheduling.panels.chooseCase': 'Dewiswch achos',
  'scheduling.panels.caseOption': '{reference} (Lefel {level})',
  'scheduling.panels.caseOptionExited': '{reference} (Lefel {level}, wedi gadael)',
  'scheduling.panels.exited': 'Mae {reference} wedi gadael MAPPA. Mae ei baneli a’i gofnodion yn cael eu cadw.',
  'scheduling.panels.exitedOn':
    'Mae {reference} wedi gadael MAPPA ({date}). Mae ei baneli a’i gofnodion yn cael eu cadw.',
  'scheduling.panels.schedule': 'Trefnu',
  'scheduling.panels.cadence': 'Lefel {level}: panel bob {weeks} wythnos',
  'scheduling.panels.levelOne': 'Lefel 1: yn cael ei reoli gan yr asiantaeth arweiniol, heb gyfres o baneli',
  'scheduling.panels.currentSeries': 'Y gyfres bresennol o {date} am {time}, bob {weeks} wythnos.',
  'scheduling.panels.seriesScheduled': 'Wedi’i threfnu',
  'scheduling.panels.seriesNotFinished': 'Heb ei chwblhau',
  'scheduling.panels.finish': 'Cwblhau’r trefnu',
  'scheduling.panels.firstMeeting': 'Y cyfarfod cyntaf',
  'scheduling.panels.chooseWeekday': 'Dewiswch ddiwrnod o’r wythnos waith',
  'scheduling.panels.startTime': 'Amser dechrau',
  'scheduling.panels.checkAvailability': 'Gwirio argaeledd yr aelodau sefydlog',
  'scheduling.panels.suggestions': 'Diwrnodau ac amseroedd a awgrymir',
  'scheduling.panels.suggestion':
    '{busy, plural, =0 {{unknown, plural, =0 {{day} {time}: dim gwrthdaro} other {{day} {time}: dim gwrthdaro, # heb fod yn hysbys}}} other {{unknown, plural, =0 {{day} {time}: gwrthdaro i {members}} other {{day} {time}: gwrthdaro i {members}, # heb fod yn hysbys}}}}',
  'scheduling.panels.nextTwelve': 'Y deuddeg cyfarfod nesaf',
  'scheduling.panels.checkingHolidays': 'Wrthi’n gwirio gwyliau banc…',
  'scheduling.panels.meetingAt': '{date} am {time}',
  'scheduling.panels.moved': 'Wedi’i symud o {date} ({holiday})',
  'scheduling.panels.create': 'Creu’r gyfres',
  'scheduling.panels.changeLevel': 'Newid y lefel neu’r categori',
  'scheduling.panels.exit': 'Gadael MAPPA',
  'scheduling.panels.urgentOn': 'Cyfarfod brys ar',
  'scheduling.panels.bookUrgent': 'Trefnu cyfarfod brys',
  'scheduling.panels.working': 'Wrthi’n gweithio…',
};
