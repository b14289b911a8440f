import type { surfaces as en } from '../en/surfaces';
import type { Translations } from '../../message';

export const surfaces: Translations<typeof en> = {};
