/** The privacy screen's keystroke: Ctrl+Shift+H (Cmd+Shift+H on a Mac) hides all case content at once. */
export const privacyShortcut = { label: 'Ctrl+Shift+H', key: 'h' } as const;

export function isPrivacyShortcut(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return e.key.toLowerCase() === privacyShortcut.key && e.shiftKey && (e.ctrlKey || e.metaKey) && !e.altKey;
}

/** What the meeting stage shows everyone in the room, and what it never shows. Said before sharing. */
export const stageShows: readonly string[] = [
  'The case reference and the current agenda step',
  'The four pillars of the risk management plan',
  'The actions being agreed, with owners and dates',
];

export const stageNeverShows: readonly string[] = [
  'Victims’ details or whereabouts',
  'Children’s and other third parties’ details',
  'Agency information entries, including health information',
  'Disclosure decisions and their reasons',
  'The nominal’s address and identifiers',
];
