import type { register as en } from '../en/register';
import type { Translations } from '../../message';

export const register: Translations<typeof en> = {};
