/** English messages of the statement area (see docs/i18n.md). */
export const statement = {};
