import type { documents as en } from '../en/documents';
import type { Translations } from '../../message';

export const documents: Translations<typeof en> = {};
