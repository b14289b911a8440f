/**
 * The delegated Microsoft Graph permissions MAPPA Panel asks for, in the sets it asks for them.
 * Everyone signs in with the base set; the others are asked for by the adapter that needs them, the
 * first time it is used (incremental consent). docs/graph.md says why each is needed and which an
 * administrator must consent to.
 */

/** Signing in, reading and updating records and minutes, the people picker, the area's one site. */
export const baseScopes = ['User.Read', 'User.ReadBasic.All', 'People.Read', 'Sites.Selected'] as const;

/**
 * Scheduling panels: the series in the coordinator's calendar and free/busy, the Teams meeting's
 * options, the app and its tab in the meeting chat. `TeamsTab.ReadWriteSelfForChat` rather than
 * `TeamsTab.Create`: it covers both adding the tab and listing this app's own tabs (to find a tab
 * an interrupted run made), and reaches only this app's tabs in chats.
 */
export const schedulingScopes = [
  'Calendars.ReadWrite',
  'OnlineMeetings.ReadWrite',
  'TeamsAppInstallation.ReadWriteSelfForChat',
  'TeamsTab.ReadWriteSelfForChat',
] as const;

/** Sending distribution and reminder e-mails from the user's own mailbox. */
export const mailScopes = ['Mail.Send'] as const;

/** Every scope the app can ask for, for the app registration's API permissions. */
export const allScopes = [...baseScopes, ...schedulingScopes, ...mailScopes] as const;

/** What a 403 on a request most likely lacks, and who can grant it, in words a user can pass on. */
export type PermissionNeed = { permission: string; action: string; adminStep?: string };

const ADMIN_CONSENT = 'an administrator grants admin consent for it in Microsoft Entra ID';

/** The permission behind each kind of request the app makes; see docs/graph.md section 2. */
export function permissionNeededFor(method: string, url: string): PermissionNeed {
  const path = url.split('?')[0]!.toLowerCase();
  if (path.startsWith('/sites/')) {
    return {
      permission: 'Sites.Selected',
      action: method === 'GET' ? 'read the area’s SharePoint site' : 'write to the area’s SharePoint site',
      adminStep: 'an administrator grants MAPPA Panel access to the area’s site (write; manage for the first set-up)',
    };
  }
  if (path.startsWith('/drives/')) {
    // The case library's folders: only the site's owners may share one, and a record cannot change.
    return {
      permission: 'Sites.Selected',
      action:
        method === 'GET'
          ? 'open the case’s records in the area’s SharePoint site'
          : /\/(invite|permissions)/.test(path)
            ? 'change who can open the case’s records (only the site’s owners, the MAPPA coordinators, can)'
            : 'change the case’s records in the area’s SharePoint site',
      adminStep:
        'the MAPPA coordinator adds you to the case, or an administrator grants MAPPA Panel access to the area’s site',
    };
  }
  if (/^\/chats\/[^/]+\/installedapps/.test(path)) {
    return {
      permission: 'TeamsAppInstallation.ReadWriteSelfForChat',
      action: 'add MAPPA Panel to the meeting chat',
      adminStep: `${ADMIN_CONSENT}, and the Teams admin centre allows users to add apps to meetings and chats`,
    };
  }
  if (/^\/chats\/[^/]+\/tabs/.test(path)) {
    return {
      permission: 'TeamsTab.ReadWriteSelfForChat',
      action: 'add the case tab to the meeting chat',
      adminStep: ADMIN_CONSENT,
    };
  }
  if (path.startsWith('/me/onlinemeetings')) {
    return { permission: 'OnlineMeetings.ReadWrite', action: 'set the Teams meeting’s options' };
  }
  if (path.startsWith('/me/events') || path.startsWith('/me/calendar')) {
    return { permission: 'Calendars.ReadWrite', action: 'use your Outlook calendar' };
  }
  if (path === '/me/sendmail') return { permission: 'Mail.Send', action: 'send e-mail from your mailbox' };
  if (path.startsWith('/me/people')) return { permission: 'People.Read', action: 'suggest people you work with' };
  if (path.startsWith('/users')) return { permission: 'User.ReadBasic.All', action: 'search the directory' };
  return { permission: 'User.Read', action: 'read your profile' };
}
