import type { caseTeam as en } from '../en/caseTeam';
import type { Translations } from '../../message';

export const caseTeam: Translations<typeof en> = {};
