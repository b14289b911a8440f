import type { people as en } from '../en/people';
import type { Translations } from '../../message';

export const people: Translations<typeof en> = {};
