/** English messages of the scheduling area (see docs/i18n.md). */
export const scheduling = {};
