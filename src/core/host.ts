/** Where a surface is running, in the app's own terms (no teams-js types leak past the host adapter). */
export type Surface = 'sidePanel' | 'meetingStage' | 'meetingTab' | 'configuration' | 'personal';

export type HostName = 'teams' | 'outlook' | 'office' | 'browser' | 'local';

export type Theme = 'light' | 'dark' | 'highContrast';

export type HostContext = {
  host: HostName;
  surface: Surface;
  theme: Theme;
  locale: string;
  user?: { id?: string; name?: string; loginHint?: string; tenantId?: string };
  /** Teams meeting and its chat, which bind the tab to one panel meeting. */
  meeting?: { id?: string; chatId?: string };
  /** The tab's entity id or page id (`caseId` for a bound tab, `my-actions`/`panels` for personal tabs). */
  pageId?: string;
  subPageId?: string;
  capabilities: {
    /** The host can show the app on the meeting stage. */
    stageSharing: boolean;
    /** The configuration page can save a tab. */
    tabConfiguration: boolean;
    /** Nested App Authentication is available. */
    nestedAppAuth: boolean;
  };
};
