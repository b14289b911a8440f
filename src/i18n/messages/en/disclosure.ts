/** English messages of the disclosure area (see docs/i18n.md). */
export const disclosure = {};
