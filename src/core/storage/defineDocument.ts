import type { z } from 'zod';

import type { Message } from '../../i18n/message';
import { ConflictError, InvalidDocumentError } from '../shared/errors';

/** Every persisted document has an id; the store adds nothing else to it. */
export type Identified = { readonly id: string };

type Migration = (older: Record<string, unknown>) => Record<string, unknown>;

/**
 * A kind of persisted document: its zod schema at the current version, the migrations that bring
 * any older stored form up to it, and the fields a store may be asked to filter on.
 *
 * Stored form: the document plus `schemaVersion`. Migrations are keyed by the version they start
 * from (`{ 1: v1 => v2 }`) and run in order, so a document written by any past release still opens.
 */
export type DocumentKind<T extends Identified> = {
  readonly name: string;
  readonly version: number;
  readonly schema: z.ZodType<T>;
  readonly migrations: Readonly<Record<number, Migration>>;
  /** Filterable fields: each maps a document to the value(s) it is found under. */
  readonly indexes: Readonly<Record<string, (doc: T) => string | readonly string[] | undefined>>;
  /**
   * Orders a store can page through without decoding every document (`Collection.page`): each maps
   * a document to a key that sorts as the list should, compared as strings (UTF-16 code units, as
   * IndexedDB compares keys). Kept with each write, like the indexes.
   */
  readonly orders?: Readonly<Record<string, (doc: T) => string>>;
  /**
   * Why replacing `current` with `next` is refused, if it is (e.g. signed minutes change only by a
   * signed correction). Every store applies it to every update, so no path around it exists.
   */
  readonly guardUpdate?: (current: T, next: T) => string | Message | undefined;
};

export type StoredForm = Record<string, unknown> & { schemaVersion: number };

export function defineDocument<T extends Identified>(kind: DocumentKind<T>): DocumentKind<T> {
  for (let v = 1; v < kind.version; v++) {
    if (!kind.migrations[v]) throw new Error(`${kind.name}: no migration from version ${v}`);
  }
  return kind;
}

/** Brings a stored document of any known version to the current one and validates it. */
export function decodeDocument<T extends Identified>(kind: DocumentKind<T>, raw: unknown): T {
  if (typeof raw !== 'object' || raw === null) throw new InvalidDocumentError(kind.name, ['not an object']);
  let doc = { ...(raw as Record<string, unknown>) };
  let version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 1;
  if (!Number.isInteger(version) || version < 1 || version > kind.version) {
    throw new InvalidDocumentError(kind.name, [`unknown schemaVersion ${String(doc.schemaVersion)}`]);
  }
  while (version < kind.version) {
    const up = kind.migrations[version];
    if (!up) throw new InvalidDocumentError(kind.name, [`no migration from version ${version}`]);
    doc = up(doc);
    version++;
  }
  delete doc.schemaVersion;
  const parsed = kind.schema.safeParse(doc);
  if (!parsed.success) {
    throw new InvalidDocumentError(
      kind.name,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return parsed.data;
}

/** Validates a document before it is written and adds its schema version. */
export function encodeDocument<T extends Identified>(kind: DocumentKind<T>, doc: T): StoredForm {
  const parsed = kind.schema.safeParse(doc);
  if (!parsed.success) {
    throw new InvalidDocumentError(
      kind.name,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return { ...(parsed.data as Record<string, unknown>), schemaVersion: kind.version };
}

/** The index keys a document is found under, as `field=value` strings. */
export function indexKeys<T extends Identified>(kind: DocumentKind<T>, doc: T): string[] {
  const keys: string[] = [];
  for (const [field, pick] of Object.entries(kind.indexes)) {
    const value = pick(doc);
    const values = value === undefined ? [] : typeof value === 'string' ? [value] : value;
    for (const v of values) keys.push(`${field}=${v}`);
  }
  return keys;
}

/** The key a document sorts under in one of its kind's orders; a kind without that order is a defect. */
export function orderKey<T extends Identified>(kind: DocumentKind<T>, order: string, doc: T): string {
  const key = kind.orders?.[order];
  if (!key) throw new Error(`${kind.name}: no order ${order}`);
  return key(doc);
}

/**
 * Refuses an update the kind does not allow over what is stored now: ConflictError('signed') with
 * the current document, so the caller can show it and keep the person's edit for a correction.
 */
export function checkUpdate<T extends Identified>(kind: DocumentKind<T>, current: Stored<T>, next: T): void {
  const problem = kind.guardUpdate?.(current.doc, next);
  if (problem) throw new ConflictError('signed', current, typeof problem === 'string' ? problem : problem.key);
}

type Stored<T> = { readonly doc: T; readonly version: string };
