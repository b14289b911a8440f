import type { scheduling as en } from '../en/scheduling';
import type { Translations } from '../../message';

export const scheduling: Translations<typeof en> = {};
