/** English messages of the sections area (see docs/i18n.md). */
export const sections = {};
