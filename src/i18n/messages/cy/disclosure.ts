import type { disclosure as en } from '../en/disclosure';
import type { Translations } from '../../message';

export const disclosure: Translations<typeof en> = {};
