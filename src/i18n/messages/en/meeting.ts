/** English messages of the meeting area (see docs/i18n.md). */
export const meeting = {};
