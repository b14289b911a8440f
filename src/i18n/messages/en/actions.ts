/** English messages of the actions area (see docs/i18n.md). */
export const actions = {};
