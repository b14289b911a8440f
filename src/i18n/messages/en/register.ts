/** English messages of the register area (see docs/i18n.md). */
export const register = {};
