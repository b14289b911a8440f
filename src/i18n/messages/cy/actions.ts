import type { actions as en } from '../en/actions';
import type { Translations } from '../../message';

export const actions: Translations<typeof en> = {};
