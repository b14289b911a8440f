import type { errors as en } from '../en/errors';
import type { Translations } from '../../message';

export const errors: Translations<typeof en> = {};
