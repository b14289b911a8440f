import type { meeting as en } from '../en/meeting';
import type { Translations } from '../../message';

export const meeting: Translations<typeof en> = {};
