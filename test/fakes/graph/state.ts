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
  readonly files: Map<string, FakeFile>;
  /** Busy times per address, as UTC date-times without offset (Graph's form). */
  readonly busy: Map<string, { start: string; end: string }[]>;
  readonly me: FakeUser;
  readonly users: FakeUser[];
  newId(prefix: string): string;
}
