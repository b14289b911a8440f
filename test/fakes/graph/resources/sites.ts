/** SharePoint lists, columns and list items under `/sites/{id}`. */
import { err, json, type Res } from '../http';
import { evaluate, page, pathsIn, type QueryOptions } from '../odata';
import type { Route, RouteContext } from '../router';
import type { Column, FakeState, Item, List } from '../state';
import { driveOf, itemAccess, itemChangeRefused } from './drive';

/** SharePoint's page size for list items when `$top` asks for more (or nothing). */
const ITEMS_PAGE = 200;

export const etag = (i: Item) => `"${i.uuid},${i.version}"`;

export function siteOf(state: FakeState, siteId: string): Map<string, List> {
  let site = state.sites.get(siteId);
  if (!site) state.sites.set(siteId, (site = new Map()));
  return site;
}

export function findList(site: Map<string, List>, nameOrId: string): List | undefined {
  return site.get(nameOrId) ?? [...site.values()].find((l) => l.displayName === nameOrId);
}

const itemJson = (item: Item, expandFields: boolean) => ({
  id: item.id,
  eTag: etag(item),
  ...(expandFields ? { fields: { ...item.fields, id: item.id, '@odata.etag': etag(item) } } : {}),
});

function uniqueClash(list: List, fields: Record<string, unknown>, selfId?: string): string | undefined {
  for (const c of list.columns.filter((x) => x.enforceUniqueValues)) {
    if (!(c.name in fields)) continue;
    for (const it of list.items.values()) {
      if (it.id !== selfId && it.fields[c.name] === fields[c.name]) return `Duplicate value in ${c.name}`;
    }
  }
  return undefined;
}

/**
 * SharePoint's documented column limits: a single line of text holds at most 255 characters (or
 * the column's `maxLength`, itself at most 255:
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee541910(v=office.14)),
 * a multiple lines of text column at most 63,999 (SharePoint's own column settings page says so;
 * the Graph textColumn resource documents only `maxLength`:
 * https://learn.microsoft.com/graph/api/resources/textcolumn). Checked again: both figures stand.
 */
export const SINGLE_LINE_MAX = 255;
export const MULTI_LINE_MAX = 63_999;

function tooLong(list: List, fields: Record<string, unknown>): Res | undefined {
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value !== 'string') continue;
    const col = list.columns.find((c) => c.name === name);
    const text = col?.text as { allowMultipleLines?: boolean; maxLength?: number } | undefined;
    const max =
      name === 'Title'
        ? SINGLE_LINE_MAX
        : text?.allowMultipleLines
          ? MULTI_LINE_MAX
          : (text?.maxLength ?? SINGLE_LINE_MAX);
    if ((col?.text || name === 'Title') && [...value].length > max) {
      return err(400, 'invalidRequest', `The value of field '${name}' is longer than ${max} characters`);
    }
  }
  return undefined;
}

/** The list a route addresses, or SharePoint's 404. */
function withList(ctx: RouteContext, then: (list: List) => Res): Res {
  const list = findList(siteOf(ctx.state, ctx.ids[0]!), ctx.ids[1]!);
  return list ? then(list) : err(404, 'itemNotFound', 'The list does not exist');
}

function listItems(list: List, ctx: RouteContext): Res {
  const opts: QueryOptions = ctx.opts;
  if (opts.filter) {
    for (const path of pathsIn(opts.filter)) {
      if (path[0]?.toLowerCase() !== 'fields' || path.length !== 2) {
        return err(400, 'invalidRequest', `Unsupported filter on '${path.join('/')}'`);
      }
      const col = list.columns.find((c) => c.name === path[1]);
      // Graph needs an indexed column (or the HonorNonIndexedQueries header the app never sends).
      if (!col?.indexed) {
        return err(
          400,
          'invalidRequest',
          `Field '${path[1]}' cannot be referenced in filter or orderby as it is not indexed.`,
        );
      }
    }
  }
  // SharePoint trims what the signed-in user may not read: a library item without access is not there.
  const all = [...list.items.values()]
    .filter((it) => itemAccess(ctx.state, ctx.ids[0]!, list, it.id) !== 'none')
    .filter((it) => !opts.filter || evaluate(opts.filter, { fields: it.fields }));
  const expand = (opts.expand ?? []).some((e) => e.toLowerCase() === 'fields');
  const p = page(all, opts, ctx.req, ITEMS_PAGE);
  return json(200, { ...p, value: p.value.map((i) => itemJson(i, expand)) });
}

function createItem(state: FakeState, list: List, body: unknown): Res {
  if (list.template === 'documentLibrary') {
    return err(
      400,
      'invalidRequest',
      'Files and folders should only be added to a DocumentLibrary via the OneDrive API',
    );
  }
  const fields = (body as { fields?: Record<string, unknown> } | undefined)?.fields;
  if (!fields) return err(400, 'invalidRequest', 'The item has no fields');
  const unknownCol = Object.keys(fields).find((k) => k !== 'Title' && !list.columns.some((c) => c.name === k));
  if (unknownCol) return err(400, 'invalidRequest', `Field '${unknownCol}' is not recognized`);
  const long = tooLong(list, fields);
  if (long) return long;
  const clash = uniqueClash(list, fields);
  if (clash) return err(409, 'nameAlreadyExists', clash);
  const item: Item = {
    id: String(list.nextId++),
    uuid: state.newId('') + '-0000-4000-8000-000000000000',
    version: 1,
    fields: { ...fields },
  };
  list.items.set(item.id, item);
  return json(201, itemJson(item, true));
}

export const siteRoutes: Route[] = [
  {
    method: 'POST',
    template: '/sites/{id}/lists',
    name: 'list-create',
    handle: ({ state, ids, req }) => {
      const site = siteOf(state, ids[0]!);
      const b = req.body as { displayName: string; columns?: Column[]; list?: { template?: string } };
      if (findList(site, b.displayName)) return err(409, 'nameAlreadyExists', 'A list with this name exists');
      const list: List = {
        id: state.newId('list-'),
        displayName: b.displayName,
        template: b.list?.template ?? 'genericList',
        columns: [...(b.columns ?? [])],
        items: new Map(),
        nextId: 1,
      };
      site.set(list.id, list);
      return json(201, { id: list.id, displayName: list.displayName, list: { template: list.template } });
    },
  },
  {
    method: 'GET',
    template: '/sites/{id}/lists/{id}',
    name: 'list-get',
    handle: (ctx) =>
      withList(ctx, (list) =>
        json(200, {
          id: list.id,
          displayName: list.displayName,
          list: { template: list.template },
          // A library's drive, when asked for with `$expand=drive`.
          ...(list.template === 'documentLibrary' && (ctx.opts.expand ?? []).some((e) => e.toLowerCase() === 'drive')
            ? { drive: { id: driveOf(ctx.state, ctx.ids[0]!, list).id } }
            : {}),
        }),
      ),
  },
  {
    method: 'GET',
    template: '/sites/{id}/lists/{id}/columns',
    name: 'columns-list',
    handle: (ctx) => withList(ctx, (list) => json(200, { value: list.columns.map((c) => ({ id: c.name, ...c })) })),
  },
  {
    method: 'POST',
    template: '/sites/{id}/lists/{id}/columns',
    name: 'column-create',
    handle: (ctx) =>
      withList(ctx, (list) => {
        const c = ctx.req.body as Column;
        if (list.columns.some((x) => x.name === c.name)) return err(409, 'nameAlreadyExists', 'Column exists');
        list.columns.push(c);
        return json(201, { id: c.name, ...c });
      }),
  },
  {
    method: 'GET',
    template: '/sites/{id}/lists/{id}/items',
    name: 'items-list',
    handle: (ctx) => withList(ctx, (list) => listItems(list, ctx)),
  },
  {
    method: 'POST',
    template: '/sites/{id}/lists/{id}/items',
    name: 'listItem-create',
    handle: (ctx) => withList(ctx, (list) => createItem(ctx.state, list, ctx.req.body)),
  },
  {
    method: 'GET',
    template: '/sites/{id}/lists/{id}/items/{id}',
    name: 'listItem-get',
    handle: (ctx) =>
      withList(ctx, (list) => {
        const item = list.items.get(ctx.ids[2]!);
        return item && itemAccess(ctx.state, ctx.ids[0]!, list, item.id) !== 'none'
          ? json(200, itemJson(item, true))
          : err(404, 'itemNotFound');
      }),
  },
  {
    method: 'PATCH',
    template: '/sites/{id}/lists/{id}/items/{id}/fields',
    name: 'fieldValueSet-update',
    handle: (ctx) =>
      withList(ctx, (list) => {
        const item = list.items.get(ctx.ids[2]!);
        if (!item) return err(404, 'itemNotFound');
        const refused = itemChangeRefused(ctx.state, ctx.ids[0]!, list, item.id);
        if (refused) return refused;
        const ifMatch = ctx.req.headers['if-match'];
        if (ifMatch && ifMatch !== '*' && ifMatch !== etag(item)) {
          return err(412, 'resourceModified', 'The eTag does not match');
        }
        const body = ctx.req.body as Record<string, unknown>;
        const long = tooLong(list, body);
        if (long) return long;
        const clash = uniqueClash(list, body, item.id);
        if (clash) return err(409, 'nameAlreadyExists', clash);
        item.fields = { ...item.fields, ...body };
        item.version++;
        return json(200, { ...item.fields, '@odata.etag': etag(item) });
      }),
  },
];
