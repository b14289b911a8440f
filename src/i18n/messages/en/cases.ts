/** English messages of the cases area (see docs/i18n.md). */
export const cases = {};
