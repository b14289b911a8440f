import type { audit as en } from '../en/audit';
import type { Translations } from '../../message';

export const audit: Translations<typeof en> = {};
