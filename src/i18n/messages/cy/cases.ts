import type { cases as en } from '../en/cases';
import type { Translations } from '../../message';

export const cases: Translations<typeof en> = {};
