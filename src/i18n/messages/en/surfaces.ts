/** English messages of the surfaces area (see docs/i18n.md). */
export const surfaces = {};
