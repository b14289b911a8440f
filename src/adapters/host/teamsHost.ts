/**
 * The host adapter: the only module that talks to `@microsoft/teams-js`. It starts the SDK, reads
 * the frame's context into the app's own HostContext and offers the few host calls the surfaces
 * need. With no Microsoft host (a plain browser tab, or a frame whose parent never answers) it
 * falls back to plain-browser mode within `timeoutMs` instead of teams-js's 60-second wait.
 */
import { app, meeting, pages } from '@microsoft/teams-js';
import { z } from 'zod';
import type { HostContext, HostPort, TabConfiguration, Theme } from '../../core/host';
import { createBrowserHost } from './browserHost';
import { type Handshake, shakeHands } from './hostHandshake';
import { mapTeamsContext, mapTheme } from './mapContext';
import { lazySchema } from '../../core/shared/lazySchema';

export { HostContextError } from './hostHandshake';

export type ConnectHostOptions = {
  /** How long to wait for a host to answer before running as a plain web page (default 1000 ms). */
  timeoutMs?: number;
};

const DEFAULT_TIMEOUT_MS = 1000;

type SdkErrorLike = { errorCode?: unknown; message?: unknown };

function describeSdkError(error: SdkErrorLike): string {
  const code = typeof error.errorCode === 'number' ? ` (code ${error.errorCode})` : '';
  const message = typeof error.message === 'string' && error.message ? `: ${error.message}` : '';
  return `${code}${message}`;
}

const TabConfigurationSchema = lazySchema(() =>
  z.object({
    entityId: z.string().trim().min(1, 'the tab needs a case to show'),
    contentUrl: z.string().min(1, 'the tab needs a page to show'),
    websiteUrl: z.string().optional(),
    suggestedDisplayName: z.string().trim().min(1, 'the tab needs a name').max(128, 'the tab name is too long'),
  }),
);

function absoluteUrl(url: string): string {
  return new URL(url, window.location.href).href;
}

function errorMessage(error: unknown): string {
  if (error instanceof z.ZodError) return `${error.issues.map((i) => i.message).join('; ')}.`;
  return error instanceof Error ? error.message : String(error);
}

function createTeamsHost(context: HostContext): HostPort {
  const themeListeners = new Set<(theme: Theme) => void>();
  // teams-js keeps one theme handler; the port fans it out to every subscriber.
  app.registerOnThemeChangeHandler((theme) => {
    const mapped = mapTheme(typeof theme === 'string' ? theme : undefined);
    for (const listener of [...themeListeners]) listener(mapped);
  });
  let readySent = false;

  return {
    context,
    onThemeChange(handler) {
      themeListeners.add(handler);
      return () => themeListeners.delete(handler);
    },
    shareToStage(url) {
      if (!context.capabilities.stageSharing) {
        return Promise.reject(new Error('This meeting does not let the app share to the stage.'));
      }
      return new Promise<void>((resolve, reject) => {
        try {
          meeting.shareAppContentToStage((error, result) => {
            if (error) reject(new Error(`The meeting stage did not show the page${describeSdkError(error)}.`));
            else if (result !== true) reject(new Error('The meeting stage did not show the page.'));
            else resolve();
          }, absoluteUrl(url));
        } catch (error) {
          reject(new Error(`The meeting stage could not be reached: ${errorMessage(error)}`));
        }
      });
    },
    setConfigurationValid(valid) {
      if (context.capabilities.tabConfiguration) pages.config.setValidityState(valid);
    },
    onConfigurationSave(handler: () => TabConfiguration) {
      if (!context.capabilities.tabConfiguration) return;
      pages.config.registerOnSaveHandler((event) => {
        void (async () => {
          try {
            const tab = TabConfigurationSchema.parse(handler());
            await pages.config.setConfig({
              entityId: tab.entityId,
              contentUrl: absoluteUrl(tab.contentUrl),
              websiteUrl: absoluteUrl(tab.websiteUrl ?? tab.contentUrl),
              suggestedDisplayName: tab.suggestedDisplayName,
            });
            event.notifySuccess();
          } catch (error) {
            event.notifyFailure(`The tab could not be saved: ${errorMessage(error)}`);
          }
        })();
      });
    },
    notifyReady() {
      if (readySent) return;
      readySent = true;
      // The host only stops its loading indicator; a failure here changes nothing for the user.
      app.notifySuccess().catch(() => undefined);
    },
  };
}

/**
 * Connects to the Microsoft host framing this page, or returns a plain-browser host if none
 * answers within `timeoutMs`. Rejects only when a host answered but described the frame in a way
 * the app cannot use (HostContextError).
 */
export async function connectHost(options: ConnectHostOptions = {}): Promise<HostPort> {
  return hostFromHandshake(await shakeHands(options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
}

/** The host port for a handshake already made (a surface starts the handshake before this module loads). */
export function hostFromHandshake(handshake: Handshake): HostPort {
  if (handshake.kind === 'none') return createBrowserHost(window);
  return createTeamsHost(mapTeamsContext(handshake.raw, handshake.capabilities));
}
