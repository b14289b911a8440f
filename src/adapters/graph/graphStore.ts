import type { ColumnDefinition, List, ListItem } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';

import {
  checkUpdate,
  decodeDocument,
  encodeDocument,
  type DocumentKind,
  type Identified,
  type StoredForm,
} from '../../core/storage/defineDocument';
import {
  anyOfFilters,
  type Collection,
  type Filter,
  type Page,
  type PageRequest,
  type StoragePort,
  type Stored,
} from '../../core/ports';
import { pageFrom } from '../../core/storage/paging';
import { canonicalJson } from '../../core/shared/canonical';
import { ConflictError, InvalidDocumentError } from '../../core/shared/errors';
import type { Person } from '../../core/people/agency';
import { GraphCallError, refusal, type GraphTransport } from './transport';
import {
  caseIdOf,
  CaseFolders,
  CASE_LIBRARY,
  caseFileName,
  caseFolderName,
  inListUnlessNamed,
  isCaseScoped,
} from './caseFolders';
import { lazySchema } from '../../core/shared/lazySchema';

export { CASE_LIBRARY } from './caseFolders';

/**
 * The storage port on SharePoint in the area's own site. A document that belongs to a case (the
 * case itself, its series, meetings, actions, written updates and minutes) is a file in that case's
 * folder of the `Mappa case records` library, which only the case's people may open (see
 * `caseFolders.ts` and docs/security.md); any other kind has a list of its own. Either way the
 * document is one list item: its JSON in `Body`, `Body2` …; `DocId` a unique, indexed column so a
 * repeated create finds the item it made; each declared index of the kind an indexed text column so
 * filters run on the server under the list view threshold. Every write quotes the item's eTag
 * (`If-Match`) and a 412 becomes the same ConflictError as the local store's.
 *
 * A version tag is `itemId|eTag`, so an update needs no lookup first.
 */
export const listNameFor = (kindName: string) => `Mappa ${kindName}`;
export const MINUTES_LIBRARY = 'Mappa minutes documents';

export const indexColumn = (field: string) => `Ix${field.charAt(0).toUpperCase()}${field.slice(1)}`;

/**
 * A multiple lines of text column holds at most 63,999 characters (SharePoint's documented limit),
 * so the document's JSON is spread over `Body`, `Body2` … in order. Sixteen columns hold about a
 * million characters, far beyond the longest MAPPA B; each column costs the row only a pointer.
 */
export const BODY_COLUMN_MAX = 63_999;
export const BODY_COLUMNS = ['Body', ...Array.from({ length: 15 }, (_, i) => `Body${i + 2}`)];

/** Cuts text into column-sized pieces, never between the two halves of a surrogate pair. */
export function bodyChunks(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + BODY_COLUMN_MAX, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

const ItemSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    eTag: z.string().optional(),
    fields: z.looseObject({ DocId: z.string(), Body: z.string(), '@odata.etag': z.string().optional() }),
  }),
);
/** A case library's items include its folders and files whose columns are not written yet: they hold no document. */
const LibraryItemSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    eTag: z.string().optional(),
    fields: z.looseObject({ DocId: z.string().optional(), '@odata.etag': z.string().optional() }),
  }),
);
const LibraryPage = lazySchema(() =>
  z.object({ value: z.array(LibraryItemSchema), '@odata.nextLink': z.string().optional() }),
);
const holdsDocument = (i: z.infer<typeof LibraryItemSchema>) =>
  typeof i.fields.DocId === 'string' && i.fields.DocId !== '';
const ItemsPage = lazySchema(() => z.object({ value: z.array(ItemSchema), '@odata.nextLink': z.string().optional() }));
const FieldsResponse = lazySchema(() => z.looseObject({ '@odata.etag': z.string() }));
const DriveItemRef = lazySchema(() =>
  z.object({ id: z.string(), parentReference: z.object({ id: z.string().optional() }).optional() }),
);
const FileWithItem = lazySchema(() => z.object({ id: z.string(), listItem: LibraryItemSchema }));

/**
 * Documents last read or written, by kind and version tag, for kinds whose updates are guarded: the
 * If-Match on the write guarantees the stored item is still this one, so the guard needs no read.
 */
class SeenVersions {
  private readonly docs = new Map<string, unknown>();
  remember(kind: string, version: string, doc: unknown) {
    this.docs.delete(`${kind}|${version}`);
    this.docs.set(`${kind}|${version}`, doc);
    // A few recent versions suffice (a write quotes the one last read); minutes can be large.
    if (this.docs.size > 20) this.docs.delete(this.docs.keys().next().value as string);
  }
  recall(kind: string, version: string): unknown {
    return this.docs.get(`${kind}|${version}`);
  }
}

export type GraphStoreOptions = {
  /** The area's MAPPA coordinators, granted every case's folder (area settings). */
  areaCoordinators?: readonly Person[];
};

export class GraphStore implements StoragePort {
  private readonly seen = new SeenVersions();
  private readonly folders: CaseFolders;

  constructor(
    private readonly graph: GraphTransport,
    private readonly siteId: string,
    options: GraphStoreOptions = {},
  ) {
    this.folders = new CaseFolders(graph, siteId, options.areaCoordinators ?? [], this);
  }

  collection<T extends Identified>(kind: DocumentKind<T>): Collection<T> {
    const site = `/sites/${encodeURIComponent(this.siteId)}/lists/`;
    const inList = () =>
      new GraphCollection(kind, this.graph, `${site}${encodeURIComponent(listNameFor(kind.name))}`, this.seen);
    if (isCaseScoped(kind.name)) {
      const inCase = new GraphCollection(
        kind,
        this.graph,
        `${site}${encodeURIComponent(CASE_LIBRARY)}`,
        this.seen,
        this.folders,
      );
      return inListUnlessNamed(kind.name) ? new CaseOrListCollection(kind, inCase, inList()) : inCase;
    }
    return inList();
  }
}

/** Marks a version of a document kept in the kind's list, so that its update goes back there. */
const IN_LIST = 'list:';

/**
 * A kind whose documents are kept in their case's folder when they name a case and in the kind's
 * list otherwise: reads look in both, a create goes where the document says, an update where the
 * document was read from.
 */
class CaseOrListCollection<T extends Identified> implements Collection<T> {
  constructor(
    private readonly kind: DocumentKind<T>,
    private readonly inCase: Collection<T>,
    private readonly inList: Collection<T>,
  ) {}

  private static fromList<T>(stored: Stored<T>): Stored<T> {
    return { doc: stored.doc, version: `${IN_LIST}${stored.version}` };
  }

  private static named(doc: Identified): boolean {
    return typeof (doc as { caseId?: unknown }).caseId === 'string';
  }

  async get(id: string): Promise<Stored<T> | undefined> {
    const [inCase, inList] = await Promise.all([this.inCase.get(id), this.inList.get(id)]);
    return inCase ?? (inList && CaseOrListCollection.fromList(inList));
  }

  async list(filter?: Filter | readonly Filter[]): Promise<Stored<T>[]> {
    const [inCase, inList] = await Promise.all([this.inCase.list(filter), this.inList.list(filter)]);
    return [...inCase, ...inList.map((s) => CaseOrListCollection.fromList(s))];
  }

  async page(request: PageRequest): Promise<Page<T>> {
    return pageFrom(this.kind, await this.list(request.filter), request);
  }

  async ids(): Promise<string[]> {
    const [inCase, inList] = await Promise.all([this.inCase.ids(), this.inList.ids()]);
    return [...inCase, ...inList];
  }

  async create(doc: T): Promise<Stored<T>> {
    if (CaseOrListCollection.named(doc)) return this.inCase.create(doc);
    return CaseOrListCollection.fromList(await CaseOrListCollection.markingConflicts(this.inList.create(doc)));
  }

  async update(doc: T, expectedVersion: string): Promise<Stored<T>> {
    if (!expectedVersion.startsWith(IN_LIST)) return this.inCase.update(doc, expectedVersion);
    const written = this.inList.update(doc, expectedVersion.slice(IN_LIST.length));
    return CaseOrListCollection.fromList(await CaseOrListCollection.markingConflicts(written));
  }

  /** The current version a conflict from the list carries is marked as a read would mark it. */
  private static async markingConflicts<T>(write: Promise<Stored<T>>): Promise<Stored<T>> {
    try {
      return await write;
    } catch (e) {
      if (e instanceof ConflictError && e.current) {
        throw new ConflictError(e.reason, CaseOrListCollection.fromList(e.current as Stored<T>));
      }
      throw e;
    }
  }
}

class GraphCollection<T extends Identified> implements Collection<T> {
  constructor(
    private readonly kind: DocumentKind<T>,
    private readonly graph: GraphTransport,
    private readonly listPath: string,
    private readonly seen: SeenVersions,
    /** Set for a kind kept in the case library: its documents live in their case's folder. */
    private readonly folders?: CaseFolders,
  ) {}

  /** What `DocId` holds: the id, qualified by the kind in the case library, which holds several kinds. */
  private docId(id: string) {
    return this.folders ? `${this.kind.name}/${id}` : id;
  }

  /** Whether a kind's documents are remembered by version: guarded kinds, and those that decide who is on a case. */
  private get remembers() {
    return Boolean(this.kind.guardUpdate) || Boolean(this.folders?.decidesAccess(this.kind.name));
  }

  /** Applies the kind's update guard against the stored version the write will quote. */
  private async guard(next: T, expectedVersion: string): Promise<void> {
    if (!this.kind.guardUpdate) return;
    let current = this.seen.recall(this.kind.name, expectedVersion) as T | undefined;
    if (!current) {
      const item = await this.findItem(next.id);
      if (!item) throw new ConflictError('missing');
      const stored = this.toStored(item);
      if (stored.version !== expectedVersion) throw new ConflictError('stale', stored);
      current = stored.doc;
    }
    checkUpdate(this.kind, { doc: current, version: expectedVersion }, next);
  }

  async get(id: string): Promise<Stored<T> | undefined> {
    const item = await this.findItem(id);
    return item ? this.toStored(item) : undefined;
  }

  async list(filter?: Filter | readonly Filter[]): Promise<Stored<T>[]> {
    // Unknown filter fields match nothing, as in the other stores.
    const alternatives = anyOfFilters(filter)
      .filter((one) => !Object.entries(one).some(([f, v]) => typeof v === 'string' && !(f in this.kind.indexes)))
      .map((one) => Object.entries(one).filter((e): e is [string, string] => typeof e[1] === 'string'));
    if (alternatives.length === 0) return [];
    // A document with several values for a field keeps them delimited in its column (see
    // `indexValue`), so each condition also admits the delimited items; the exact check below settles them.
    const conjunction = (conds: readonly [string, string][]) =>
      conds
        .map(([f, v]) => {
          const col = `fields/${indexColumn(f)}`;
          return `(${col} eq '${odataString(v)}' or startswith(${col},'${MULTI}'))`;
        })
        .join(' and ');
    const selects = alternatives.some((conds) => conds.length === 0)
      ? ''
      : alternatives.length === 1
        ? conjunction(alternatives[0]!)
        : alternatives.map((conds) => `(${conjunction(conds)})`).join(' or ');
    const q = [
      ...(this.folders ? [`fields/Kind eq '${odataString(this.kind.name)}'`] : []),
      ...(selects ? [alternatives.length > 1 ? `(${selects})` : selects] : []),
    ].join(' and ');
    let url: string | undefined =
      `${this.listPath}/items?$expand=fields&$top=500${q ? `&$filter=${encodeURIComponent(q)}` : ''}`;
    const out: Stored<T>[] = [];
    while (url) {
      const res = await this.graph.call({ method: 'GET', url, safeToRepeat: true });
      // SharePoint leaves out what the signed-in person may not open: another case's folder is not there.
      const page = parse(LibraryPage, res.body, this.kind.name);
      for (const item of page.value.filter(holdsDocument)) {
        out.push(this.toStored(parse(ItemSchema, item, this.kind.name)));
      }
      url = page['@odata.nextLink'];
    }
    return out.filter((s) =>
      alternatives.some((conds) => conds.every(([f, v]) => valuesOf(this.kind, f, s.doc).includes(v))),
    );
  }

  /**
   * Read as `list` reads, then sorted here: SharePoint answers only what the signed-in person may
   * open (another case's folder is not there), so the page is cut from what they may see.
   */
  async page(request: PageRequest): Promise<Page<T>> {
    return pageFrom(this.kind, await this.list(request.filter), request);
  }

  async ids(): Promise<string[]> {
    // Only each item's DocId column travels, not the document's body columns.
    const kindFilter = this.folders
      ? `&$filter=${encodeURIComponent(`fields/Kind eq '${odataString(this.kind.name)}'`)}`
      : '';
    let url: string | undefined =
      `${this.listPath}/items?$select=id&$expand=fields($select=DocId)&$top=500${kindFilter}`;
    const prefix = this.folders ? `${this.kind.name}/` : '';
    const out: string[] = [];
    while (url) {
      const res = await this.graph.call({ method: 'GET', url, safeToRepeat: true });
      const page = parse(LibraryPage, res.body, this.kind.name);
      for (const item of page.value) {
        const docId = item.fields.DocId;
        if (typeof docId === 'string' && docId.startsWith(prefix) && docId.length > prefix.length) {
          out.push(docId.slice(prefix.length));
        }
      }
      url = page['@odata.nextLink'];
    }
    return out;
  }

  async create(doc: T): Promise<Stored<T>> {
    if (this.folders) {
      const stored = await this.createInCaseFolder(doc);
      await this.afterWrite(undefined, stored.doc);
      return stored;
    }
    const body = encodeDocument(this.kind, doc);
    const request: ListItem = { fields: this.fields(doc, body) };
    const res = await this.graph.send({
      method: 'POST',
      url: `${this.listPath}/items`,
      body: request,
      safeToRepeat: true,
    });
    if (res.status === 201 || res.status === 200) return this.toStored(parse(ItemSchema, res.body, this.kind.name));
    if (res.status === 409) {
      // The unique DocId refused it: an earlier attempt (perhaps with a lost answer) made it, or the id is taken.
      const existing = await this.findItem(doc.id);
      if (!existing) throw new GraphCallError(409, 'conflict', 'POST list item');
      const stored = this.toStored(existing);
      if (canonicalJson(JSON.parse(bodyOf(existing))) === canonicalJson(body)) return stored;
      throw new ConflictError('exists', stored);
    }
    throw refusal(res, { method: 'POST', url: `${this.listPath}/items` });
  }

  /**
   * A case's document is a file in the case's folder, so it has the folder's permissions; its
   * columns hold the document. A placeholder file is uploaded by path (the case's folder is made on the
   * way), then its list item read and its columns written with `If-Match`. When the file exists
   * already, the document there is ours (an earlier attempt whose answer was lost) when its body is
   * the same, else the id is taken; a file whose columns were never written is taken over.
   */
  private async createInCaseFolder(doc: T): Promise<Stored<T>> {
    const body = encodeDocument(this.kind, doc);
    const caseId = caseIdOf(this.kind.name, doc);
    const path = `${caseFolderName(caseId)}/${caseFileName(this.kind.name, doc.id)}`;
    // The library's drive id (read once) travels with the first upload.
    const drive = this.folders!.driveId();
    drive.catch(() => undefined); // awaited below; an upload that fails first must not leave it unhandled
    let file = await this.uploadPlaceholder(caseId, path, 'fail');
    if (file === 'exists') {
      const existing = await this.findItem(doc.id);
      if (existing) return this.sameOrTaken(existing, body);
      file = await this.uploadPlaceholder(caseId, path, 'replace');
      if (file === 'exists') throw new GraphCallError(409, 'nameAlreadyExists', 'PUT case file');
    }
    const driveId = await drive;
    const got = await this.graph.call({
      method: 'GET',
      url: `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(file)}?$expand=listItem`,
      safeToRepeat: true,
    });
    const item = parse(FileWithItem, got.body, this.kind.name).listItem;
    if (holdsDocument(item)) return this.sameOrTaken(parse(ItemSchema, item, this.kind.name), body);
    const eTag = item.eTag ?? item.fields['@odata.etag'];
    const res = await this.graph.send({
      method: 'PATCH',
      url: `${this.listPath}/items/${encodeURIComponent(item.id)}/fields`,
      headers: eTag ? { 'If-Match': eTag } : {},
      body: this.fields(doc, body),
      safeToRepeat: true,
    });
    if (res.status === 200) {
      const etag = parse(FieldsResponse, res.body, this.kind.name)['@odata.etag'];
      const written = decodeDocument(this.kind, structuredClone(body));
      if (this.remembers) this.seen.remember(this.kind.name, `${item.id}|${etag}`, written);
      return { doc: written, version: `${item.id}|${etag}` };
    }
    if (res.status === 412) {
      const current = await this.findItem(doc.id);
      if (current) return this.sameOrTaken(current, body);
    }
    throw refusal(res, { method: 'PATCH', url: `${this.listPath}/items` });
  }

  /** Uploads the placeholder file by path in the case library; its drive item id, or `exists`. */
  private async uploadPlaceholder(
    caseId: string,
    path: string,
    behaviour: 'fail' | 'replace',
  ): Promise<string | 'exists'> {
    const url =
      `${this.listPath}/drive/root:/${path.split('/').map(encodeURIComponent).join('/')}:/content` +
      `?@microsoft.graph.conflictBehavior=${behaviour}`;
    const put = await this.graph.send({
      method: 'PUT',
      url,
      headers: { 'Content-Type': 'application/json' },
      // The file's content is only a placeholder (the document is in its columns), and JSON so that
      // the uploads of many documents saved together travel in one `$batch`.
      body: {},
      // A repeat after a lost answer meets the file it made: a 409, resolved by the caller.
      safeToRepeat: true,
    });
    if (put.status === 409) return 'exists';
    if (put.status !== 200 && put.status !== 201) throw refusal(put, { method: 'PUT', url });
    const file = DriveItemRef.parse(put.body);
    if (file.parentReference?.id) this.folders!.noteFolder(caseId, file.parentReference.id);
    return file.id;
  }

  /** An item found where a create meant to write: our own earlier attempt, or another document with the id. */
  private sameOrTaken(item: z.infer<typeof ItemSchema>, body: StoredForm): Stored<T> {
    const stored = this.toStored(item);
    if (canonicalJson(JSON.parse(bodyOf(item))) === canonicalJson(body)) return stored;
    throw new ConflictError('exists', stored);
  }

  /** After a case or series is written, the case's folder is shared with exactly the case's people. */
  private async afterWrite(before: T | undefined, after: T) {
    if (this.folders?.decidesAccess(this.kind.name)) await this.folders.updateAccess(this.kind.name, before, after);
  }

  async update(doc: T, expectedVersion: string): Promise<Stored<T>> {
    const before = this.remembers ? (this.seen.recall(this.kind.name, expectedVersion) as T | undefined) : undefined;
    const stored = await this.updateItem(doc, expectedVersion);
    await this.afterWrite(before, stored.doc);
    return stored;
  }

  private async updateItem(doc: T, expectedVersion: string): Promise<Stored<T>> {
    const body = encodeDocument(this.kind, doc);
    const sep = expectedVersion.indexOf('|');
    const itemId = sep > 0 ? expectedVersion.slice(0, sep) : undefined;
    const eTag = sep > 0 ? expectedVersion.slice(sep + 1) : undefined;
    if (!itemId || !eTag) {
      const current = await this.findItem(doc.id);
      if (!current) throw new ConflictError('missing');
      throw new ConflictError('stale', this.toStored(current));
    }
    await this.guard(decodeDocument(this.kind, structuredClone(body)), expectedVersion);
    const res = await this.graph.send({
      method: 'PATCH',
      url: `${this.listPath}/items/${encodeURIComponent(itemId)}/fields`,
      headers: { 'If-Match': eTag },
      body: this.fields(doc, body),
      // A repeat after a lost answer meets a 412, which is resolved below.
      safeToRepeat: true,
    });
    if (res.status === 200) {
      const etag = parse(FieldsResponse, res.body, this.kind.name)['@odata.etag'];
      const written = decodeDocument(this.kind, structuredClone(body));
      if (this.remembers) this.seen.remember(this.kind.name, `${itemId}|${etag}`, written);
      return { doc: written, version: `${itemId}|${etag}` };
    }
    if (res.status === 404) throw new ConflictError('missing');
    if (res.status === 412) {
      const current = await this.findItem(doc.id);
      if (!current) throw new ConflictError('missing');
      const stored = this.toStored(current);
      // Our own earlier attempt landed and only its answer was lost: that is success, not a conflict.
      if (canonicalJson(JSON.parse(bodyOf(current))) === canonicalJson(body) && stored.version !== expectedVersion) {
        return stored;
      }
      throw new ConflictError('stale', stored);
    }
    throw refusal(res, { method: 'PATCH', url: `${this.listPath}/items` });
  }

  private fields(doc: T, body: StoredForm): Record<string, unknown> {
    const chunks = bodyChunks(JSON.stringify(body));
    if (chunks.length > BODY_COLUMNS.length) {
      throw new InvalidDocumentError(this.kind.name, [
        `(whole record): longer than the ${(BODY_COLUMNS.length * BODY_COLUMN_MAX).toLocaleString('en-GB')} characters a Microsoft 365 list item can hold`,
      ]);
    }
    const f: Record<string, unknown> = {
      Title: doc.id,
      DocId: this.docId(doc.id),
      SchemaVersion: this.kind.version,
      ...(this.folders ? { Kind: this.kind.name } : {}),
    };
    // Every body column is written, so a document that shrinks leaves no stale tail behind.
    BODY_COLUMNS.forEach((c, i) => (f[c] = chunks[i] ?? ''));
    for (const field of Object.keys(this.kind.indexes)) {
      f[indexColumn(field)] = indexValue(valuesOf(this.kind, field, doc));
    }
    return f;
  }

  private async findItem(id: string) {
    const q = encodeURIComponent(`fields/DocId eq '${odataString(this.docId(id))}'`);
    const res = await this.graph.call({
      method: 'GET',
      url: `${this.listPath}/items?$expand=fields&$filter=${q}`,
      safeToRepeat: true,
    });
    return parse(ItemsPage, res.body, this.kind.name).value[0];
  }

  private toStored(item: z.infer<typeof ItemSchema>): Stored<T> {
    let raw: unknown;
    try {
      raw = JSON.parse(bodyOf(item));
    } catch {
      throw new InvalidDocumentError(this.kind.name, ['Body: not JSON']);
    }
    const etag = item.eTag ?? item.fields['@odata.etag'];
    if (!etag) throw new InvalidDocumentError(this.kind.name, ['eTag: missing']);
    const doc = decodeDocument(this.kind, raw);
    if (this.remembers) this.seen.remember(this.kind.name, `${item.id}|${etag}`, doc);
    return { doc, version: `${item.id}|${etag}` };
  }
}

/** The document's JSON, joined from its body columns (a list from an older release has only `Body`). */
const bodyOf = (item: z.infer<typeof ItemSchema>): string =>
  BODY_COLUMNS.map((c) => {
    const v = item.fields[c];
    return typeof v === 'string' ? v : '';
  }).join('');

function valuesOf<T extends Identified>(kind: DocumentKind<T>, field: string, doc: T): string[] {
  const v = kind.indexes[field]?.(doc);
  return v === undefined ? [] : typeof v === 'string' ? [v] : [...v];
}

const odataString = (v: string) => v.replace(/'/g, "''");

/** Marks a column holding several values, `|a|b|`; a lone value is kept as it is unless it starts with the mark. */
const MULTI = '|';
const INDEX_MAX = 255;

/**
 * What an index column holds for a document's values. A single value is stored as it is, so the
 * server's `eq` finds it; several (or one too long for the column) are stored delimited and found by the prefix query, then checked
 * exactly against the document (so truncation at the column's length loses nothing).
 */
export function indexValue(values: readonly string[]): string {
  const only = values.length === 1 ? values[0]! : undefined;
  if (only !== undefined && !only.startsWith(MULTI) && only.length <= INDEX_MAX) return only;
  if (values.length === 0) return '';
  return `${MULTI}${values.join(MULTI)}${MULTI}`.slice(0, INDEX_MAX);
}

function parse<S extends z.ZodType>(schema: S, body: unknown, kind: string): z.infer<S> {
  const r = schema.safeParse(body);
  if (!r.success) {
    throw new InvalidDocumentError(
      `${kind} (Microsoft 365 answer)`,
      r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return r.data;
}

const ListGet = lazySchema(() => z.object({ id: z.string(), displayName: z.string().optional() }));
const ColumnsGet = lazySchema(() => z.object({ value: z.array(z.object({ name: z.string() })) }));

/** The columns of a kind's list, typed against Graph's own column definition. */
export function columnsFor<T extends Identified>(kind: DocumentKind<T>): ColumnDefinition[] {
  return [
    { name: 'DocId', text: { maxLength: 255 }, indexed: true, enforceUniqueValues: true, required: true },
    ...BODY_COLUMNS.map((name): ColumnDefinition => ({ name, text: { allowMultipleLines: true, textType: 'plain' } })),
    { name: 'SchemaVersion', number: { decimalPlaces: 'none' } },
    ...Object.keys(kind.indexes).map((f): ColumnDefinition => ({
      name: indexColumn(f),
      text: { maxLength: 255 },
      indexed: true,
    })),
  ];
}

/**
 * The case library's columns: those of every kind it holds (one index column serves every kind
 * with that field), and `Kind`, which the library's queries filter on first.
 */
export function caseLibraryColumns(kinds: readonly DocumentKind<Identified>[]): ColumnDefinition[] {
  const out: ColumnDefinition[] = [];
  for (const c of kinds.flatMap((k) => columnsFor(k))) if (!out.some((x) => x.name === c.name)) out.push(c);
  out.splice(1, 0, { name: 'Kind', text: { maxLength: 255 }, indexed: true, required: true });
  return out;
}

/**
 * First-run setup of the area's site: a list per document kind that belongs to no case, the case
 * library for those that do (each case's folder in it is shared with the case's people when its
 * case or series is saved), with their columns and indexes, and the minutes library. Safe to run again: what exists is left alone, what is missing is added.
 */
export async function ensureSite(
  graph: GraphTransport,
  siteId: string,
  kinds: readonly DocumentKind<Identified>[],
): Promise<{ created: string[] }> {
  const site = `/sites/${encodeURIComponent(siteId)}`;
  const created: string[] = [];
  const caseKinds = kinds.filter((k) => isCaseScoped(k.name));
  const wanted: { name: string; template: string; columns: ColumnDefinition[] }[] = [
    ...kinds
      .filter((k) => !isCaseScoped(k.name) || inListUnlessNamed(k.name))
      .map((k) => ({ name: listNameFor(k.name), template: 'genericList', columns: columnsFor(k) })),
    ...(caseKinds.length
      ? [{ name: CASE_LIBRARY, template: 'documentLibrary', columns: caseLibraryColumns(caseKinds) }]
      : []),
    { name: MINUTES_LIBRARY, template: 'documentLibrary', columns: [] },
  ];
  const found = await Promise.all(
    wanted.map((w) =>
      graph.send({ method: 'GET', url: `${site}/lists/${encodeURIComponent(w.name)}`, safeToRepeat: true }),
    ),
  );
  await Promise.all(
    wanted.map(async (w, i) => {
      const res = found[i]!;
      if (res.status === 404) {
        const body: List = { displayName: w.name, columns: w.columns, list: { template: w.template } };
        const made = await graph.send({ method: 'POST', url: `${site}/lists`, body, safeToRepeat: true });
        if (made.status !== 201 && made.status !== 409) {
          throw refusal(made, { method: 'POST', url: `${site}/lists` });
        }
        if (made.status === 201) created.push(w.name);
        if (made.status === 201) return;
      } else if (res.status !== 200) throw refusal(res, { method: 'GET', url: `${site}/lists` });
      else ListGet.parse(res.body);
      // The list exists (perhaps from an older release): add any column it lacks.
      const cols = await graph.call({
        method: 'GET',
        url: `${site}/lists/${encodeURIComponent(w.name)}/columns`,
        safeToRepeat: true,
      });
      const have = new Set(ColumnsGet.parse(cols.body).value.map((c) => c.name));
      for (const c of w.columns.filter((c) => !have.has(c.name ?? ''))) {
        const r = await graph.send({
          method: 'POST',
          url: `${site}/lists/${encodeURIComponent(w.name)}/columns`,
          body: c,
          safeToRepeat: true,
        });
        if (r.status !== 201 && r.status !== 409) {
          throw refusal(r, { method: 'POST', url: `${site}/lists` });
        }
        created.push(`${w.name}.${c.name}`);
      }
    }),
  );
  return { created };
}
