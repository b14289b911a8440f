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

/** What a bound tab saves: the case (and optionally the series) it shows. */
export type TabConfiguration = {
  entityId: string;
  contentUrl: string;
  websiteUrl?: string;
  suggestedDisplayName: string;
};

/** The host as the app sees it: context plus the few things a surface asks of its host. */
export interface HostPort {
  readonly context: HostContext;
  /** Calls back on every theme change; returns the unsubscribe. */
  onThemeChange(handler: (theme: Theme) => void): () => void;
  /** Shows a page of the app on the meeting stage (side panel only). */
  shareToStage(url: string): Promise<void>;
  /** The configuration page: enables Save and answers it with the tab to create. */
  setConfigurationValid(valid: boolean): void;
  onConfigurationSave(handler: () => TabConfiguration): void;
  /** Tells the host the surface has rendered (stops its loading indicator). */
  notifyReady(): void;
}

/**
 * The one tab configuration for a case: what the configuration page saves and what scheduling adds
 * to the meeting chat. Teams loads this `contentUrl` in every meeting frame context (side panel,
 * stage, chat and details tabs), so the page chooses its view from the frame context.
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/create-tab-pages/configuration-page
 */
export function tabConfigurationFor(appBaseUrl: string, theCase: { id: string; reference: string }): TabConfiguration {
  const contentUrl = `${appBaseUrl.replace(/\/$/, '')}/tab.html?caseId=${encodeURIComponent(theCase.id)}`;
  return {
    entityId: theCase.id,
    contentUrl,
    websiteUrl: contentUrl,
    suggestedDisplayName: `MAPPA panel ${theCase.reference}`,
  };
}
