/** English messages of the mail area (see docs/i18n.md). */
export const mail = {};
