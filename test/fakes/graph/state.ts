/** What the fake Graph holds, shared by its resource modules. */

export type Item = { id: string; uuid: string; version: number; fields: Record<string, unknown> };
export type Column = { name: string; indexed?: boolean; enforceUniqueValues?: boolean; [k: string]: unknown };
export type List = {
  id: string;
  displayName: string;
  template: string;
  columns: Column[];
  items: Map<string, Item>;
  nextId: number;
  /** A document library's drive (`resources/drive.ts`), made when first addressed. */
  driveId?: string;
};

/** Who a sharing permission is granted to: one person, or a SharePoint group (`everyone` = every site member). */
export type Grantee =
  | { kind: 'user'; id: string; email: string; displayName: string }
  | { kind: 'group'; name: string; members: 'everyone' | readonly string[] };
export type PermissionRole = 'read' | 'write' | 'owner';
export type FakePermission = {
  id: string;
  roles: PermissionRole[];
  grantee: Grantee;
  /** The item the permission was copied from when the item's inheritance was broken. */
  inheritedFrom?: string;
};
/** A retention label on a drive item; a record label makes SharePoint refuse changes and deletion. */
export type FakeRetentionLabel = { name: string; isRecord: boolean };
/** A folder or file in a library's drive. Its permissions are its own when set, else its parent's. */
export type DriveNode = {
  id: string;
  name: string;
  parentId?: string;
  folder: boolean;
  bytes: Uint8Array;
  contentType: string;
  version: number;
  /** The library list item that holds the file's columns. */
  listItemId?: string;
  permissions?: FakePermission[];
  label?: FakeRetentionLabel & { appliedAt: string };
};
export type FakeDrive = {
  id: string;
  siteId: string;
  listId: string;
  rootId: string;
  nodes: Map<string, DriveNode>;
  /** Drive item ids by the id of the list item holding their columns. */
  byListItem: Map<string, string>;
};
/** A file in a document library's drive, by its path from the root. */
export type FakeFile = { id: string; name: string; bytes: Uint8Array; contentType: string; version: number };
export type Ev = Record<string, unknown> & {
  id: string;
  exceptions: Map<string, { start: unknown; end: unknown }>;
  cancelled: boolean;
};
export type Chat = { apps: Set<string>; tabs: Record<string, unknown>[]; installAttempts: number };

export type FakeUser = {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  userType: 'Member' | 'Guest';
  jobTitle?: string;
  department?: string;
  external?: boolean;
};

/** The role an administrator granted the app on a site under `Sites.Selected`. */
export type SiteRole = 'read' | 'write' | 'manage' | 'fullcontrol';

export type FakeGraphOptions = {
  /** The organiser has Teams Premium, so watermarking is accepted. */
  premium?: boolean;
  /** Install in the meeting chat answers 404 until this many attempts (the chat is not ready yet). */
  chatNotReadyFor?: number;
  /** Install in the meeting chat answers 403: the tenant does not let users add apps to meeting chats. */
  appInstallBlocked?: boolean;
  /** The per-site grant for `Sites.Selected` (default `manage`, what the first set-up needs). */
  siteRole?: SiteRole | 'none';
  /** Users with Full Control of the site (its Owners group); by default the first signed-in user. */
  siteOwners?: string[];
  /** Retention labels the tenant's compliance administrator has created (default: one record label, `MAPPA record`). */
  retentionLabels?: FakeRetentionLabel[];
  me?: FakeUser;
  users?: FakeUser[];
  seed?: number;
};

export interface FakeState {
  readonly opts: FakeGraphOptions;
  readonly sites: Map<string, Map<string, List>>;
  readonly events: Map<string, Ev>;
  /** Event ids by the `transactionId` that created them. */
  readonly txIds: Map<string, string>;
  readonly meetings: Map<string, Record<string, unknown>>;
  readonly chats: Map<string, Chat>;
  readonly sentMail: Record<string, unknown>[];
  /** The meeting updates Exchange sent when an organiser changed an event's attendees: to whom, by event. */
  readonly meetingUpdates: { eventId: string; to: string[] }[];
  readonly files: Map<string, FakeFile>;
  /** Document libraries' drives by drive id. */
  readonly drives: Map<string, FakeDrive>;
  /** Busy times per address, as UTC date-times without offset (Graph's form). */
  readonly busy: Map<string, { start: string; end: string }[]>;
  /** The signed-in user: every request is made as them (tests sign in as another by setting it). */
  me: FakeUser;
  readonly users: FakeUser[];
  newId(prefix: string): string;
}
