import type { statement as en } from '../en/statement';
import type { Translations } from '../../message';

export const statement: Translations<typeof en> = {};
