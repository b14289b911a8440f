/** English messages of the people area (see docs/i18n.md). */
export const people = {};
