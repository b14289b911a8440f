import type { people as en } from '../en/people';
import type { Translations } from '../../message';

export const people: Translations<typeof en> = {
  'people.agency.police': 'Heddlu',
  'people.agency.probation': 'Gwasanaeth prawf',
  'people.agency.prison': 'Gwasanaeth Carchardai',
  'people.agency.childrensServices': 'Gwasanaethau plant',
  'people.agency.adultSocialCare': 'Gofal cymdeithasol i oedolion',
  'people.agency.health': 'Iechyd',
  'people.agency.housing': 'Tai',
  'people.agency.youthJustice': 'Tîm troseddau ieuenctid',
  'people.agency.jobcentrePlus': 'Canolfan Byd Gwaith',
  'people.agency.electronicMonitoring': 'Monitro electronig',
  'people.agency.immigrationEnforcement': 'Gorfodi Mewnfudo y Swyddfa Gartref',
  'people.agency.victimLiaison': 'Cyswllt dioddefwyr',
  'people.agency.other': 'Asiantaeth arall',
  'people.personWithAgency': '{name} ({agency})',
};
