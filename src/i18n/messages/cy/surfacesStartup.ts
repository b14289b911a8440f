/**
 * The Welsh of the start-up messages, part of the surfaces area (`./surfaces`). Kept apart so that the
 * loading message and the start-up failure, which every page's first script carries in both languages
 * (`src/main/startupFailure.tsx`), bring these three lines rather than the whole area's Welsh.
 */
export const surfacesStartup = {
  'surfaces.startup.loading': 'Wrthi’n llwytho Panel MAPPA…',
  'surfaces.startup.failed': 'Nid oedd modd cychwyn Panel MAPPA',
  'surfaces.startup.reload': 'Ail-lwythwch y dudalen i roi cynnig arall arni.',
};
