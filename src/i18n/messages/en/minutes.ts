/** English messages of the minutes area (see docs/i18n.md). */
export const minutes = {};
