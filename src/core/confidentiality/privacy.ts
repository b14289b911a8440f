import { msg, type Message } from '../../i18n/message';

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
export const stageShows: readonly Message[] = [
  msg('confidentiality.stage.shows.caseAndStep'),
  msg('confidentiality.stage.shows.pillars'),
  msg('confidentiality.stage.shows.actions'),
];

export const stageNeverShows: readonly Message[] = [
  msg('confidentiality.stage.never.victims'),
  msg('confidentiality.stage.never.thirdParties'),
  msg('confidentiality.stage.never.agencyInformation'),
  msg('confidentiality.stage.never.disclosure'),
  msg('confidentiality.stage.never.nominal'),
];
