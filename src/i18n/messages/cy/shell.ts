import type { shell as en } from '../en/shell';
import type { Translations } from '../../message';

export const shell: Translations<typeof en> = {
  'shell.title.meeting': 'Panel MAPPA',
  'shell.title.meetingTab': 'Cofnodion panel MAPPA',
  'shell.title.configuration': 'Gosod Panel MAPPA',
  'shell.title.app': 'Panel MAPPA',
  'shell.boundCase': 'Achos {reference}',
  'shell.noCase': 'Dim achos wedi’i ddewis',
  'shell.signedIn': '{name}, {agency}',
  'shell.failure.title': 'Aeth rhywbeth o’i le yn y rhan hon o Banel MAPPA.',
  'shell.failure.body':
    'Mae unrhyw beth sydd wedi’i gadw eisoes yn ddiogel. Rhowch gynnig arall arni, neu ail-lwythwch y dudalen os bydd y broblem yn parhau.',
};
