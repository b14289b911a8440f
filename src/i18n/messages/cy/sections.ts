import type { sections as en } from '../en/sections';
import type { Translations } from '../../message';

export const sections: Translations<typeof en> = {};
