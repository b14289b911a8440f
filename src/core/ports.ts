/**
 * The ports: everything the core needs from the outside world, as types only. Adapters implement
 * them (local IndexedDB, Microsoft Graph, test fakes); every implementation passes the same
 * contract suite in test/contract.
 */
import type { DocumentKind, Identified } from './storage/defineDocument';
import type { Person } from './people/agency';

/** A document as stored, with the opaque version tag a later write must quote. */
export type Stored<T> = { readonly doc: T; readonly version: string };

/** Equality filter on a kind's declared index names; every given field must match. */
export type Filter = Readonly<Record<string, string | undefined>>;

export interface Collection<T extends Identified> {
  get(id: string): Promise<Stored<T> | undefined>;
  list(filter?: Filter): Promise<Stored<T>[]>;
  /**
   * Creates a document under its own id. A retry of the same create (identical content) returns the
   * stored one instead of failing, so a lost response never leads to a duplicate; different content
   * under a taken id is a ConflictError('exists').
   */
  create(doc: T): Promise<Stored<T>>;
  /** Replaces a document if `expectedVersion` is still current; otherwise ConflictError('stale') with the current one. */
  update(doc: T, expectedVersion: string): Promise<Stored<T>>;
}

export interface StoragePort {
  collection<T extends Identified>(kind: DocumentKind<T>): Collection<T>;
}

export interface ClockPort {
  now(): Date;
}

export interface IdPort {
  /** A new unique id, optionally prefixed for readability (`act_…`). */
  newId(prefix?: string): string;
}

export type OutgoingMail = {
  /** The same key on a retry means the same message: it is not sent twice. */
  idempotencyKey: string;
  to: readonly string[];
  subject: string;
  /** Plain text; never case content, only where to look. */
  body: string;
  /** Kind of message, for the local outbox and the audit log. */
  purpose: 'reminder' | 'distribution' | 'executiveSummary' | 'notification';
  attachments?: readonly { name: string; contentType: string; base64: string }[];
};

export interface MailPort {
  send(mail: OutgoingMail): Promise<void>;
}

export interface DirectoryPort {
  me(): Promise<Person>;
  searchPeople(query: string): Promise<Person[]>;
}

/** Access tokens for Microsoft Graph; absent in local mode. */
export interface TokenPort {
  getAccessToken(scopes: readonly string[]): Promise<string>;
}
