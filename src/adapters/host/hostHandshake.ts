/**
 * The first exchange with a Microsoft host, kept free of the app's schemas (and so of zod) so that a
 * surface's first script can start it before anything else has loaded: `app.initialize`, the frame's
 * context as the host sent it, and which optional host features this frame may use. `teamsHost.ts`
 * parses the context and builds the host port from the result.
 */
import { app, meeting, nestedAppAuth, pages } from '@microsoft/teams-js';
import type { HostContext, HostName } from '../../core/host';
import { ConfigError } from '../../core/shared/errors';
import { msg } from '../../i18n/message';

/** Raised when a host's context cannot be understood; the message says what was wrong. */
export class HostContextError extends ConfigError {
  override readonly name = 'HostContextError';
}

export type Capabilities = HostContext['capabilities'];

/**
 * What the host said, not yet parsed: `none` when no host answered (a plain browser tab). `frameContext`
 * is where the host put this frame (`sidePanel`, `meetingStage`, `content`, `settings`…).
 */
export type Handshake =
  { kind: 'none' } | { kind: 'host'; raw: unknown; frameContext: string; capabilities: Capabilities };

/** The three views of the one meeting page (`tab.html`), which Teams loads in every meeting frame. */
export type MeetingView = 'sidePanel' | 'meetingStage' | 'meetingTab';

/**
 * Which view the meeting page shows, from the host's answer only: the configuration page saves one
 * `contentUrl`, and Teams loads it in the side panel, on the stage and in the chat and details tabs
 * alike, telling the page which through the frame context. No address parameter can choose the
 * stage or the side panel; outside any host the page is the full editor, behind its usual gates.
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-tabs-for-meeting
 */
export function meetingViewFor(handshake: Handshake): MeetingView {
  if (handshake.kind !== 'host') return 'meetingTab';
  if (handshake.frameContext === 'sidePanel') return 'sidePanel';
  if (handshake.frameContext === 'meetingStage') return 'meetingStage';
  return 'meetingTab';
}

class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(message)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Never throws: a capability check that fails means the capability is absent. */
function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

export function mapHostName(name: string): HostName {
  switch (name) {
    case 'Teams':
    case 'TeamsModern':
      return 'teams';
    case 'Outlook':
    case 'OutlookWin32':
      return 'outlook';
    default:
      // Office and the other Microsoft 365 hosts behave alike for a tab: no meeting, personal pages.
      return 'office';
  }
}

/** The host's name as it sent it, read without trusting the shape (the full context is parsed later). */
function rawHostName(raw: unknown): HostName | undefined {
  const name = (raw as { app?: { host?: { name?: unknown } } } | null)?.app?.host?.name;
  return typeof name === 'string' ? mapHostName(name) : undefined;
}

/** The frame context as `getContext()` gave it (`page.frameContext`), read without trusting the shape. */
function rawFrameContext(raw: unknown): string | undefined {
  const frameContext = (raw as { page?: { frameContext?: unknown } } | null)?.page?.frameContext;
  return typeof frameContext === 'string' ? frameContext : undefined;
}

async function canShareToStage(frameContext: string, host: HostName | undefined, timeoutMs: number): Promise<boolean> {
  // Outlook has no meeting stage; only the side panel and the stage itself may share.
  if (host !== 'teams' || (frameContext !== 'sidePanel' && frameContext !== 'meetingStage')) return false;
  // teams-js 2.58 has no meeting.isSupported(); a stage shows a page of the app, so a host that does
  // not offer pages cannot share one. The host then says whether this app may share at all.
  if (!safely(() => pages.isSupported())) return false;
  const permission = new Promise<boolean>((resolve) => {
    try {
      meeting.getAppContentStageSharingCapabilities((error, result) => {
        resolve(!error && result?.doesAppHaveSharePermission === true);
      });
    } catch {
      resolve(false);
    }
  });
  return withTimeout(permission, timeoutMs, 'No answer about stage sharing').catch(() => false);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Initialises teams-js and asks the host about this frame. Resolves `none` if no host answers within
 * `timeoutMs`; rejects (HostContextError) only when a host answered but would not describe the frame.
 */
export async function shakeHands(timeoutMs: number): Promise<Handshake> {
  try {
    await withTimeout(app.initialize(), timeoutMs, 'No Microsoft host answered.');
  } catch {
    // No parent window (rejected at once) or a parent that never answers (timed out): a web page.
    return { kind: 'none' };
  }

  let raw: unknown;
  try {
    raw = await withTimeout(app.getContext(), timeoutMs, 'The host did not describe this frame in time.');
  } catch (error) {
    const reason = errorMessage(error);
    throw new HostContextError(
      msg('errors.host.noContext', { reason }),
      `The host did not say where the app is running: ${reason}`,
    );
  }

  const frameContext = rawFrameContext(raw) ?? app.getFrameContext() ?? '';
  return {
    kind: 'host',
    raw,
    frameContext,
    capabilities: {
      stageSharing: await canShareToStage(frameContext, rawHostName(raw), timeoutMs),
      tabConfiguration: frameContext === 'settings' && safely(() => pages.config.isSupported()),
      nestedAppAuth: safely(() => nestedAppAuth.isNAAChannelRecommended()),
    },
  };
}

/** Stops the host's loading indicator where the app could not build its host port (it failed to load). */
export function notifyHostReady(handshake: Handshake): void {
  if (handshake.kind === 'host') app.notifySuccess().catch(() => undefined);
}
