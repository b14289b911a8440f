/**
 * Maps what a Microsoft host says about the frame (teams-js `app.getContext()`) to the app's own
 * HostContext. The host is a boundary: its context is parsed with zod, and anything the app cannot
 * place is a clear error rather than a guess.
 */
import { z } from 'zod';
import type { HostContext, Surface, Theme } from '../../core/host';
import { msg } from '../../i18n/message';
import { type Capabilities, HostContextError, mapHostName } from './hostHandshake';
import { lazySchema } from '../../core/shared/lazySchema';

// Kept importable from here, where they were first defined.
export { type Capabilities, HostContextError, mapHostName } from './hostHandshake';

/** Personal tabs (static tabs) the app declares; any other content page is a bound meeting tab. */
export const PERSONAL_PAGE_IDS = ['my-actions', 'panels'] as const;

const optionalText = lazySchema(() =>
  z
    .string()
    .optional()
    .transform((s) => (s === undefined || s.trim() === '' ? undefined : s)),
);

/** The part of teams-js's `Context` the app reads; other fields are ignored. */
export const TeamsContextSchema = lazySchema(() =>
  z.object({
    app: z.object(
      {
        locale: optionalText,
        theme: optionalText,
        host: z.object(
          { name: z.string({ message: 'the host did not say which application it is' }) },
          { message: 'the host did not say which application it is' },
        ),
      },
      { message: 'the host did not describe itself' },
    ),
    page: z.object(
      {
        id: optionalText,
        subPageId: optionalText,
        frameContext: z.string({ message: 'the host did not say which kind of frame the app is in' }),
      },
      { message: 'the host did not say which kind of frame the app is in' },
    ),
    user: z
      .object({
        id: optionalText,
        displayName: optionalText,
        loginHint: optionalText,
        userPrincipalName: optionalText,
        tenant: z.object({ id: optionalText }).optional(),
      })
      .optional(),
    meeting: z.object({ id: optionalText }).optional(),
    chat: z.object({ id: optionalText }).optional(),
  }),
);
export type TeamsContext = z.infer<typeof TeamsContextSchema>;

export function mapTheme(theme: string | undefined): Theme {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'highContrast';
  return 'light';
}

export function isPersonalPageId(id: string | undefined): boolean {
  return id !== undefined && (PERSONAL_PAGE_IDS as readonly string[]).includes(id);
}

export function mapSurface(frameContext: string, pageId: string | undefined): Surface {
  switch (frameContext) {
    case 'content':
      return isPersonalPageId(pageId) ? 'personal' : 'meetingTab';
    case 'sidePanel':
      return 'sidePanel';
    case 'meetingStage':
    case 'stage':
      return 'meetingStage';
    case 'settings':
    case 'remove':
      return 'configuration';
    default:
      throw new HostContextError(
        msg('errors.host.unsupportedFrame', { frameContext }),
        `The host opened the app in a frame it does not support (“${frameContext}”).`,
      );
  }
}

/** Parses the raw context (unknown: it came from another window) and maps it. */
export function mapTeamsContext(raw: unknown, capabilities: Capabilities): HostContext {
  const parsed = TeamsContextSchema.safeParse(raw);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => i.message).join('; ');
    throw new HostContextError(
      msg('errors.host.unreadableContext', { reasons }),
      `The host's description of this frame could not be read: ${reasons}.`,
    );
  }
  const c = parsed.data;
  const user = c.user;
  const name = user?.loginHint ?? user?.userPrincipalName ?? user?.displayName;
  const context: HostContext = {
    host: mapHostName(c.app.host.name),
    surface: mapSurface(c.page.frameContext, c.page.id),
    theme: mapTheme(c.app.theme),
    locale: c.app.locale ?? 'en-GB',
    capabilities,
  };
  if (user && (user.id || name || user.tenant?.id)) {
    context.user = withoutUndefined({
      id: user.id,
      name,
      loginHint: user.loginHint ?? user.userPrincipalName,
      tenantId: user.tenant?.id,
    });
  }
  if (c.meeting?.id || c.chat?.id) context.meeting = withoutUndefined({ id: c.meeting?.id, chatId: c.chat?.id });
  if (c.page.id) context.pageId = c.page.id;
  if (c.page.subPageId) context.subPageId = c.page.subPageId;
  return context;
}

function withoutUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
