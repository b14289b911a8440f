import type { mail as en } from '../en/mail';
import type { Translations } from '../../message';

export const mail: Translations<typeof en> = {};
