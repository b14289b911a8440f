/** English messages of the confidentiality area (see docs/i18n.md). */
export const confidentiality = {};
