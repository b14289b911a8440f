import type { common as en } from '../en/common';
import type { Translations } from '../../message';

export const common: Translations<typeof en> = {
  'common.appName': 'Panel MAPPA',
  'common.cancel': 'Canslo',
  'common.close': 'Cau',
  'common.save': 'Cadw',
  'common.tryAgain': 'Rhoi cynnig arall arni',
  'common.language.label': 'Iaith',
  'common.language.switchTo': 'English',
};
