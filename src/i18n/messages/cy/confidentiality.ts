import type { confidentiality as en } from '../en/confidentiality';
import type { Translations } from '../../message';

export const confidentiality: Translations<typeof en> = {};
