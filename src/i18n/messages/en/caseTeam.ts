/** English messages of the caseTeam area (see docs/i18n.md). */
export const caseTeam = {};
