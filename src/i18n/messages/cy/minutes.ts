import type { minutes as en } from '../en/minutes';
import type { Translations } from '../../message';

export const minutes: Translations<typeof en> = {};
