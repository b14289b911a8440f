import type { common as en } from '../en/common';
import type { Translations } from '../../message';

export const common: Translations<typeof en> = {
  'common.appName': 'Panel MAPPA',
  'common.cancel': 'Canslo',
  'common.close': 'Cau',
  'common.save': 'Cadw',
  'common.tryAgain': 'Rhoi cynnig arall arni',
  'common.language.label': 'Iaith',
  // The page controls of every long list (the register, the action lists, the audit trail).
  'common.pager.previous': 'Tudalen flaenorol',
  'common.pager.next': 'Tudalen nesaf',
  'common.pager.position': 'Tudalen {page} o {pageCount}',
  'common.language.switchTo': 'English',
};
