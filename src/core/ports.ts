/**
 * The ports: everything the core needs from the outside world, as types only. Adapters implement
 * them (local IndexedDB, Microsoft Graph, test fakes); every implementation passes the same
 * contract suite in test/contract.
 */
import type { DocumentKind, Identified } from './storage/defineDocument';
import type { AreaSettings } from './area/areaSettings';
import type { DisclosureRecord } from './disclosure/disclosureRecord';
import type { ExecutiveSummary } from './minutes/projections';
import type { Minutes } from './minutes/minutes.schema';
import type { Person } from './people/agency';
import type { Holiday } from './scheduling/cadence';

/** A document as stored, with the opaque version tag a later write must quote. */
export type Stored<T> = { readonly doc: T; readonly version: string };

/** Equality filter on a kind's declared index names; every given field must match. */
export type Filter = Readonly<Record<string, string | undefined>>;

/** The filters of a `list` call as a list of alternatives: none given selects every document. */
export const anyOfFilters = (filter: Filter | readonly Filter[] | undefined): readonly Filter[] =>
  filter === undefined ? [{}] : isFilterList(filter) ? filter : [filter];
const isFilterList = (f: Filter | readonly Filter[]): f is readonly Filter[] => Array.isArray(f);

/** One page of a kind's documents in one of its declared orders (`DocumentKind.orders`). */
export type PageRequest = {
  orderBy: string;
  /** Ascending (the default) or descending by the order's key. */
  direction?: 'ascending' | 'descending';
  /** Equality filter on declared index names, as for `list`. */
  filter?: Filter;
  /** Documents to pass over before the page starts. */
  offset?: number;
  limit: number;
};

/** A page and how many documents the filter selects in all, so a pager can say "1 to 50 of 10,000". */
export type Page<T> = { readonly items: Stored<T>[]; readonly total: number };

export interface Collection<T extends Identified> {
  get(id: string): Promise<Stored<T> | undefined>;
  /**
   * The documents a filter selects; given several filters, those any of them selects, each once
   * (one read where two would decode the same documents twice, e.g. actions by owner id or e-mail).
   */
  list(filter?: Filter | readonly Filter[]): Promise<Stored<T>[]>;
  /**
   * The id of every document of the kind, without reading or decoding one: enough to tell which
   * documents a derived record (an index entry) is missing for, at a fraction of a full read.
   */
  ids(): Promise<string[]>;
  /**
   * One page of the documents a filter selects, sorted by one of the kind's orders (ties by id, in
   * the same direction): what a long list needs for its first screen, without decoding the
   * documents it does not show.
   * A store that keeps the order's keys with each write reads only the page; a document written
   * before its kind had the order is still placed by its content, never left out.
   */
  page(request: PageRequest): Promise<Page<T>>;
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

/**
 * Unsaved work, kept on this device until the store has accepted it. A reload or a failed save
 * finds the draft here; nothing typed is lost. Stored raw and validated by the outbox on reading.
 */
export type DraftRecord = {
  key: string;
  /** The document as last edited. */
  doc: unknown;
  /** What the edits were made against: the last saved document, or the prepared one before its first save. */
  base: unknown;
  /** The version tag of `base` in the store; absent until the document has been created. */
  baseVersion?: string;
  /** Conflicts still waiting for a person's choice; they survive reloads and other tabs until resolved. */
  conflicts?: unknown;
  /** The browser tab that made it: each tab keeps its own draft, so two tabs never overwrite each other's. */
  tab?: string;
  at: string;
};

/** The autosave queue's drafts on this device (IndexedDB in a browser, memory in tests). */
export interface DraftStore {
  get(key: string): Promise<DraftRecord | undefined>;
  put(draft: DraftRecord): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every draft whose key starts with `prefix`: the drafts other tabs left of the same document. */
  list(prefix: string): Promise<DraftRecord[]>;
}

/**
 * This browser tab. Its id stays the same across reloads of the tab and differs between tabs, so
 * each tab's unsaved work is its own draft and a reload finds it again.
 */
export interface TabPort {
  readonly id: string;
  /** Whether another tab of this device is still open; `false` when that cannot be told, so its draft is offered rather than left unseen. */
  isOpen(tabId: string): Promise<boolean>;
}

/** Word documents of the minutes; the renderer (and the docx package) loads only when first used. */
/**
 * The language a document is written in: the app's languages (and its pseudo-locale, for tests).
 * English unless asked otherwise; a Welsh document keeps the English marking beside the Welsh.
 */
export type DocumentLanguage = 'en-GB' | 'cy-GB' | 'qps-ploc';

export interface WordPort {
  readonly contentType: string;
  minutes(
    m: Minutes,
    settings: Pick<AreaSettings, 'sectionLabels' | 'timeZone'>,
    language?: DocumentLanguage,
  ): Promise<Uint8Array>;
  executiveSummary(summary: ExecutiveSummary, language?: DocumentLanguage): Promise<Uint8Array>;
  /** The written disclosure record (D15), or the MAPPA J notification, for signing, in the language asked for. */
  disclosureRecord(record: DisclosureRecord, language?: DocumentLanguage): Promise<Uint8Array>;
}

/** England and Wales bank holidays; the holiday data loads only when first asked for. */
export interface BankHolidaysPort {
  between(fromYear: number, toYear: number): Promise<Holiday[]>;
}

/** A message local mode recorded instead of sending. */
export type RecordedMail = OutgoingMail & { recordedAt: string };

/** Local mode's mail outbox: every message that would have been sent. */
export interface MailOutboxPort {
  list(): Promise<RecordedMail[]>;
}

/**
 * Tells the other frames following a meeting that something they show has changed. It carries a
 * topic (a meeting's id) and nothing else: readers then read what they may see from the store.
 * Local mode: the browser's own cross-tab messaging; Teams: the meeting's Live Share session.
 */
export interface ChangeSignalPort {
  /** Tells every other subscriber to `topic` that it changed. Never throws; a lost signal is caught up by polling. */
  announce(topic: string): void;
  /**
   * Calls `onChange` when another frame announces `topic`. `live` resolves true once announcements
   * can arrive, false if they never will here (the caller then polls more often).
   */
  subscribe(topic: string, onChange: () => void): { live: Promise<boolean>; close(): void };
}
