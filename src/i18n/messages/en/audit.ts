/** English messages of the audit area (see docs/i18n.md). */
export const audit = {};
