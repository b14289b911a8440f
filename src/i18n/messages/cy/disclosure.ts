import type { disclosure as en } from '../en/disclosure';
import type { Translations } from '../../message';

export const disclosure: Translations<typeof en> = {
  'disclosure.recordView.wordFailed': 'Nid oedd modd creu’r ddogfen Word. Rhowch gynnig arall arni.',
  'disclosure.recordView.date': 'Dyddiad',
  'disclosure.recordView.print': 'Argraffu’r cofnod datgelu',
  'disclosure.recordView.download': 'Lawrlwytho’r cofnod datgelu (Word)',
};
