/** English messages of the documents area (see docs/i18n.md). */
export const documents = {};
