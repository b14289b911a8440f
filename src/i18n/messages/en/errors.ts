/** English messages of the errors area (see docs/i18n.md). */
export const errors = {};
