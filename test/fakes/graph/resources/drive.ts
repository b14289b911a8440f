/**
 * Document libraries' drives: folders and files (by path under the library and by id under
 * `/drives/{id}`), the list item that holds each file's columns, sharing permissions and retention
 * labels, enforced for the signed-in user as SharePoint does:
 *
 * - An item has the permissions of its nearest ancestor with permissions of its own; a library's
 *   root starts with the site's (every member may edit, the Owners group has Full Control). An
 *   administrator's "Stop inheriting permissions" on the library is `restrictLibrary` below.
 * - The first invitation on an item breaks its inheritance: the inherited permissions are copied
 *   (marked `inheritedFrom`) unless `retainInheritedPermissions` is false, and the invitees added
 *   (https://learn.microsoft.com/graph/api/driveitem-invite). Only an owner may share; only a
 *   permission that is not inherited may be deleted
 *   (https://learn.microsoft.com/graph/api/permission-delete).
 * - An item the user cannot read does not exist for them (404); one they may read but not change
 *   answers 403. Only an owner sees every permission of an item; anyone else sees their own
 *   (https://learn.microsoft.com/graph/api/driveitem-list-permissions).
 * - A retention label that declares the item a record makes SharePoint refuse any change to its
 *   content or columns and its deletion (https://learn.microsoft.com/purview/records-management);
 *   the fake answers 423 Locked (confirm the exact answer in a tenant).
 */
import { err, json, type Res } from '../http';
import type { Route, RouteContext } from '../router';
import type {
  DriveNode,
  FakeDrive,
  FakeFile,
  FakePermission,
  FakeState,
  FakeUser,
  Grantee,
  List,
  PermissionRole,
} from '../state';
import { findList, siteOf } from './sites';

const DEFAULT_LABELS = [{ name: 'MAPPA record', isRecord: true }];
const ROLE_RANK: Record<PermissionRole | 'none', number> = { none: 0, read: 1, write: 2, owner: 3 };
export type Access = PermissionRole | 'none';

const webUrlOf = (path: string) => `https://northshire.example.sharepoint.com/sites/mappa/${encodeURI(path)}`;

/** The library's drive, made on first use with the site's default permissions on its root. */
export function driveOf(state: FakeState, siteId: string, list: List): FakeDrive {
  const existing = list.driveId ? state.drives.get(list.driveId) : undefined;
  if (existing) return existing;
  const owners = state.opts.siteOwners ?? [state.users[0]!.id];
  const root: DriveNode = {
    id: state.newId('root-'),
    name: 'root',
    folder: true,
    bytes: new Uint8Array(),
    contentType: '',
    version: 1,
    permissions: [
      { id: state.newId('perm-'), roles: ['write'], grantee: { kind: 'group', name: 'Members', members: 'everyone' } },
      { id: state.newId('perm-'), roles: ['owner'], grantee: { kind: 'group', name: 'Owners', members: owners } },
    ],
  };
  const drive: FakeDrive = {
    id: state.newId('b!drive-'),
    siteId,
    listId: list.id,
    rootId: root.id,
    nodes: new Map([[root.id, root]]),
    byListItem: new Map(),
  };
  state.drives.set(drive.id, drive);
  list.driveId = drive.id;
  return drive;
}

/**
 * What an administrator does in SharePoint (library settings → Permissions → Stop inheriting
 * permissions, then remove the Members group): only the site's owners keep access to the library.
 */
export function restrictLibrary(state: FakeState, siteId: string, libraryName: string) {
  const list = findList(siteOf(state, siteId), libraryName);
  if (!list) throw new Error(`No library ${libraryName}`);
  const drive = driveOf(state, siteId, list);
  const root = drive.nodes.get(drive.rootId)!;
  root.permissions = root.permissions!.filter((p) => !(p.grantee.kind === 'group' && p.grantee.members === 'everyone'));
}

const grants = (g: Grantee, u: FakeUser) =>
  g.kind === 'user'
    ? (g.id !== '' && g.id === u.id) || g.email.toLowerCase() === u.mail.toLowerCase()
    : g.members === 'everyone' || g.members.includes(u.id);

function effectivePermissions(drive: FakeDrive, node: DriveNode): FakePermission[] {
  for (let n: DriveNode | undefined = node; n; n = n.parentId ? drive.nodes.get(n.parentId) : undefined) {
    if (n.permissions) return n.permissions;
  }
  return [];
}

/** The signed-in user's strongest role on the item. */
export function accessTo(state: FakeState, drive: FakeDrive, node: DriveNode): Access {
  let best: Access = 'none';
  for (const p of effectivePermissions(drive, node)) {
    if (!grants(p.grantee, state.me)) continue;
    for (const r of p.roles) if (ROLE_RANK[r] > ROLE_RANK[best]) best = r;
  }
  return best;
}

const atLeast = (have: Access, need: PermissionRole) => ROLE_RANK[have] >= ROLE_RANK[need];

/** SharePoint's answer when the user lacks `need` on the item: absent if they cannot read it, else refused. */
function denied(have: Access, need: PermissionRole): Res | undefined {
  if (atLeast(have, need)) return undefined;
  if (have === 'none') return err(404, 'itemNotFound', 'The resource could not be found.');
  return err(403, 'accessDenied', 'Access denied');
}

const locked = (node: DriveNode): Res | undefined =>
  node.label?.isRecord
    ? err(423, 'resourceLocked', 'The item is a record and cannot be changed or deleted.')
    : undefined;

/** The drive node holding a library list item, when the list is a library. */
function nodeOfItem(drive: FakeDrive, itemId: string): DriveNode | undefined {
  const id = drive.byListItem.get(itemId);
  return id ? drive.nodes.get(id) : undefined;
}

/**
 * The signed-in user's role on a list item: a plain list's items are open to the site (its lists
 * keep the site's permissions), a library's items have their file's.
 */
export function itemAccess(state: FakeState, siteId: string, list: List, itemId: string): Access {
  if (list.template !== 'documentLibrary') return 'owner';
  const drive = driveOf(state, siteId, list);
  const node = nodeOfItem(drive, itemId);
  return node ? accessTo(state, drive, node) : 'none';
}

/** Refusal of a change to a list item's columns: SharePoint's trimming, the user's role, then a record's lock. */
export function itemChangeRefused(state: FakeState, siteId: string, list: List, itemId: string): Res | undefined {
  if (list.template !== 'documentLibrary') return undefined;
  const drive = driveOf(state, siteId, list);
  const node = nodeOfItem(drive, itemId);
  if (!node) return err(404, 'itemNotFound');
  return denied(accessTo(state, drive, node), 'write') ?? locked(node);
}

function pathOf(drive: FakeDrive, node: DriveNode): string {
  const parts: string[] = [];
  for (let n: DriveNode | undefined = node; n && n.id !== drive.rootId; n = drive.nodes.get(n.parentId ?? '')) {
    parts.unshift(n.name);
  }
  return parts.join('/');
}

const childNamed = (drive: FakeDrive, parentId: string, name: string) =>
  [...drive.nodes.values()].find((n) => n.parentId === parentId && n.name.toLowerCase() === name.toLowerCase());

function driveItemJson(state: FakeState, drive: FakeDrive, node: DriveNode, expandListItem: boolean) {
  const list = [...siteOf(state, drive.siteId).values()].find((l) => l.id === drive.listId);
  const item = node.listItemId ? list?.items.get(node.listItemId) : undefined;
  return {
    id: node.id,
    name: node.name,
    eTag: `"{${node.id}},${node.version}"`,
    webUrl: webUrlOf(`${list?.displayName ?? ''}/${pathOf(drive, node)}`),
    parentReference: { driveId: drive.id, id: node.parentId },
    ...(node.folder
      ? { folder: { childCount: 0 } }
      : { file: { mimeType: node.contentType }, size: node.bytes.length }),
    ...(expandListItem && item
      ? {
          listItem: {
            id: item.id,
            eTag: `"${item.uuid},${item.version}"`,
            fields: { ...item.fields, id: item.id, '@odata.etag': `"${item.uuid},${item.version}"` },
          },
        }
      : {}),
  };
}

function newNode(
  state: FakeState,
  over: Partial<DriveNode> & Pick<DriveNode, 'name' | 'parentId' | 'folder'>,
): DriveNode {
  return { id: state.newId('01DRIVEITEM'), bytes: new Uint8Array(), contentType: '', version: 1, ...over };
}

/** Every file and folder in a library is also an item of the library's list, which holds its columns. */
function addListItem(state: FakeState, drive: FakeDrive, list: List, node: DriveNode) {
  const id = String(list.nextId++);
  list.items.set(id, {
    id,
    uuid: state.newId('') + '-0000-4000-8000-000000000000',
    version: 1,
    fields: { FileLeafRef: node.name },
  });
  node.listItemId = id;
  drive.byListItem.set(id, node.id);
}

/** The drive and item a `/drives/{id}/items/{id}` route names (`root` is the root's alias), or Graph's 404. */
function withItem(ctx: RouteContext, then: (drive: FakeDrive, node: DriveNode) => Res): Res {
  const drive = ctx.state.drives.get(ctx.ids[0]!);
  if (!drive) return err(404, 'itemNotFound', 'The drive does not exist');
  const id = ctx.ids[1] === 'root' ? drive.rootId : ctx.ids[1]!;
  const node = drive.nodes.get(id);
  if (!node || accessTo(ctx.state, drive, node) === 'none') return err(404, 'itemNotFound');
  return then(drive, node);
}

const permissionJson = (p: FakePermission) => ({
  id: p.id,
  roles: p.roles,
  grantedToV2:
    p.grantee.kind === 'user'
      ? {
          user: {
            ...(p.grantee.id ? { id: p.grantee.id } : {}),
            displayName: p.grantee.displayName,
            email: p.grantee.email,
          },
        }
      : { siteGroup: { id: p.grantee.name, displayName: p.grantee.name } },
  ...(p.inheritedFrom ? { inheritedFrom: { id: p.inheritedFrom } } : {}),
});

type InviteBody = {
  recipients?: { email?: string; objectId?: string }[];
  roles?: string[];
  requireSignIn?: boolean;
  sendInvitation?: boolean;
  retainInheritedPermissions?: boolean;
};

export const driveRoutes: Route[] = [
  {
    method: 'PUT',
    template: '/sites/{id}/lists/{id}/drive/root:/{path}:/content',
    name: 'driveItem-content',
    // Simple upload by path: missing folders on the way are made; `replace` overwrites, otherwise an existing file is a 409.
    handle: ({ state, ids, path, req }) => {
      const lib = findList(siteOf(state, ids[0]!), ids[1]!);
      if (!lib) return err(404, 'itemNotFound', 'The library does not exist');
      if (lib.template !== 'documentLibrary') return err(400, 'invalidRequest', 'Not a document library');
      // A JSON body (as a `$batch` member carries one) is the file's content too.
      const bytes =
        req.bytes ?? (req.body !== undefined ? new TextEncoder().encode(JSON.stringify(req.body)) : undefined);
      if (!bytes) return err(400, 'invalidRequest', 'No file content');
      if (!path || /["*:<>?\\|]/.test(path)) return err(400, 'invalidRequest', 'The file name is not valid');
      const drive = driveOf(state, ids[0]!, lib);
      const parts = path.split('/');
      const name = parts.pop()!;
      let parent = drive.nodes.get(drive.rootId)!;
      for (const folder of parts) {
        const next = childNamed(drive, parent.id, folder);
        if (next && !next.folder) return err(409, 'nameAlreadyExists', 'A file has the folder’s name');
        if (next) {
          if (accessTo(state, drive, next) === 'none') return err(404, 'itemNotFound');
          parent = next;
          continue;
        }
        const refused = denied(accessTo(state, drive, parent), 'write');
        if (refused) return refused;
        const made = newNode(state, { name: folder, parentId: parent.id, folder: true });
        drive.nodes.set(made.id, made);
        addListItem(state, drive, lib, made);
        parent = made;
      }
      const existing = childNamed(drive, parent.id, name);
      const behaviour = req.query.get('@microsoft.graph.conflictBehavior') ?? 'fail';
      if (existing) {
        const refused = denied(accessTo(state, drive, existing), 'write') ?? locked(existing);
        if (refused) return refused;
        if (behaviour !== 'replace') return err(409, 'nameAlreadyExists', 'The file exists');
        existing.bytes = bytes;
        existing.contentType = req.headers['content-type'] ?? 'application/octet-stream';
        existing.version++;
        // The file's list item changes with it: its eTag moves on.
        const item = existing.listItemId ? lib.items.get(existing.listItemId) : undefined;
        if (item) item.version++;
      } else {
        const refused = denied(accessTo(state, drive, parent), 'write');
        if (refused) return refused;
        const made = newNode(state, {
          name,
          parentId: parent.id,
          folder: false,
          bytes: bytes,
          contentType: req.headers['content-type'] ?? 'application/octet-stream',
        });
        drive.nodes.set(made.id, made);
        addListItem(state, drive, lib, made);
      }
      const node = existing ?? childNamed(drive, parent.id, name)!;
      // The files by library and path, as tests read them.
      const file: FakeFile = {
        id: node.id,
        name,
        bytes: node.bytes,
        contentType: node.contentType,
        version: node.version,
      };
      state.files.set(`${lib.displayName}/${path}`, file);
      return json(existing ? 200 : 201, { ...driveItemJson(state, drive, node, false), size: node.bytes.length });
    },
  },
];

export const driveItemRoutes: Route[] = [
  {
    method: 'GET',
    template: '/drives/{id}/items/{id}',
    name: 'driveItem-get',
    handle: (ctx) =>
      withItem(ctx, (drive, node) =>
        json(
          200,
          driveItemJson(
            ctx.state,
            drive,
            node,
            (ctx.opts.expand ?? []).some((e) => e.toLowerCase() === 'listitem'),
          ),
        ),
      ),
  },
  {
    method: 'GET',
    template: '/drives/{id}/root:/{id}',
    name: 'driveItem-get-by-path',
    // A folder or file at the top of the drive, by name.
    handle: ({ state, ids, opts }) => {
      const drive = state.drives.get(ids[0]!);
      if (!drive) return err(404, 'itemNotFound', 'The drive does not exist');
      const node = childNamed(drive, drive.rootId, ids[1]!);
      if (!node || accessTo(state, drive, node) === 'none') return err(404, 'itemNotFound');
      return json(
        200,
        driveItemJson(
          state,
          drive,
          node,
          (opts.expand ?? []).some((e) => e.toLowerCase() === 'listitem'),
        ),
      );
    },
  },
  {
    method: 'GET',
    template: '/drives/{id}/items/{id}/permissions',
    name: 'permissions-list',
    handle: (ctx) =>
      withItem(ctx, (drive, node) => {
        const owner = accessTo(ctx.state, drive, node) === 'owner';
        const all =
          node.permissions ??
          effectivePermissions(drive, node).map((p) => ({ ...p, inheritedFrom: p.inheritedFrom ?? node.parentId }));
        const shown = owner ? all : all.filter((p) => grants(p.grantee, ctx.state.me));
        return json(200, { value: shown.map(permissionJson) });
      }),
  },
  {
    method: 'POST',
    template: '/drives/{id}/items/{id}/invite',
    name: 'driveItem-invite',
    handle: (ctx) =>
      withItem(ctx, (drive, node) => {
        const refused = denied(accessTo(ctx.state, drive, node), 'owner');
        if (refused) return refused;
        const b = ctx.req.body as InviteBody;
        const roles = (b.roles ?? []).filter((r): r is 'read' | 'write' => r === 'read' || r === 'write');
        if (!b.recipients?.length || roles.length !== 1) {
          return err(400, 'invalidRequest', 'Give recipients and one role, read or write');
        }
        if (b.recipients.some((r) => !r.email && !r.objectId)) {
          return err(400, 'invalidRequest', 'A recipient has no address');
        }
        // An address with no account yet is invited (as a guest where the tenant's sharing settings allow
        // it): the grant is kept by address, and holds once they sign in with it.
        const users: FakeUser[] = b.recipients.map(
          (r) =>
            ctx.state.users.find(
              (u) => (r.objectId && u.id === r.objectId) || (r.email && u.mail.toLowerCase() === r.email.toLowerCase()),
            ) ?? {
              id: r.objectId ?? '',
              displayName: r.email ?? '',
              mail: r.email ?? '',
              userPrincipalName: r.email ?? '',
              userType: 'Guest',
            },
        );
        if (!node.permissions) {
          // The first sharing breaks inheritance.
          const from = effectivePermissions(drive, node);
          node.permissions =
            b.retainInheritedPermissions === false
              ? []
              : from.map((p) => ({
                  ...p,
                  id: ctx.state.newId('perm-'),
                  inheritedFrom: p.inheritedFrom ?? node.parentId!,
                }));
        }
        const made: FakePermission[] = [];
        for (const u of users) {
          const existing = node.permissions.find(
            (p) => !p.inheritedFrom && p.grantee.kind === 'user' && grants(p.grantee, u),
          );
          if (existing) {
            existing.roles = [roles[0]!];
            made.push(existing);
            continue;
          }
          const p: FakePermission = {
            id: ctx.state.newId('perm-'),
            roles: [roles[0]!],
            grantee: { kind: 'user', id: u.id, email: u.mail, displayName: u.displayName },
          };
          node.permissions.push(p);
          made.push(p);
        }
        return json(200, { value: made.map(permissionJson) });
      }),
  },
  {
    method: 'DELETE',
    template: '/drives/{id}/items/{id}/permissions/{id}',
    name: 'permission-delete',
    handle: (ctx) =>
      withItem(ctx, (drive, node) => {
        const refused = denied(accessTo(ctx.state, drive, node), 'owner');
        if (refused) return refused;
        const i = (node.permissions ?? []).findIndex((p) => p.id === ctx.ids[2]);
        if (i < 0) return err(404, 'itemNotFound', 'The permission does not exist');
        if (node.permissions![i]!.inheritedFrom) {
          return err(400, 'invalidRequest', 'An inherited permission cannot be deleted');
        }
        node.permissions!.splice(i, 1);
        return json(204);
      }),
  },
  {
    method: 'PATCH',
    template: '/drives/{id}/items/{id}/retentionLabel',
    name: 'itemRetentionLabel-update',
    // https://learn.microsoft.com/graph/api/driveitem-setretentionlabel: 201 the first time, 200 after.
    handle: (ctx) =>
      withItem(ctx, (drive, node) => {
        const refused = denied(accessTo(ctx.state, drive, node), 'write');
        if (refused) return refused;
        const name = (ctx.req.body as { name?: unknown })?.name;
        const label = (ctx.state.opts.retentionLabels ?? DEFAULT_LABELS).find((l) => l.name === name);
        if (!label) return err(400, 'invalidRequest', 'No retention label of that name');
        const first = !node.label;
        if (node.label && node.label.name !== label.name && node.label.isRecord) {
          // Changing a record's label needs Sites.FullControl.All, which the app never holds.
          return err(403, 'accessDenied', 'The item is a record; its label cannot be changed');
        }
        node.label ??= { ...label, appliedAt: '2026-01-05T09:00:00Z' };
        return json(first ? 201 : 200, {
          name: node.label.name,
          isLabelAppliedExplicitly: true,
          labelAppliedDateTime: node.label.appliedAt,
          retentionSettings: {
            behaviorDuringRetentionPeriod: label.isRecord ? 'retainAsRecord' : 'retain',
            isDeleteAllowed: !label.isRecord,
            isRecordLocked: label.isRecord,
            isMetadataUpdateAllowed: !label.isRecord,
            isContentUpdateAllowed: !label.isRecord,
            isLabelUpdateAllowed: !label.isRecord,
          },
        });
      }),
  },
  {
    method: 'DELETE',
    template: '/drives/{id}/items/{id}',
    name: 'driveItem-delete',
    handle: (ctx) =>
      withItem(ctx, (drive, node) => {
        const refused = denied(accessTo(ctx.state, drive, node), 'write') ?? locked(node);
        if (refused) return refused;
        if (node.id === drive.rootId) return err(400, 'invalidRequest', 'The root cannot be deleted');
        const at = pathOf(drive, node);
        const gone = [...drive.nodes.values()].filter((n) => {
          const p = pathOf(drive, n);
          return p === at || p.startsWith(`${at}/`);
        });
        if (gone.some((n) => n.label?.isRecord)) return locked(gone.find((n) => n.label?.isRecord)!)!;
        const list = [...siteOf(ctx.state, drive.siteId).values()].find((l) => l.id === drive.listId);
        for (const n of gone) {
          drive.nodes.delete(n.id);
          if (n.listItemId) {
            list?.items.delete(n.listItemId);
            drive.byListItem.delete(n.listItemId);
          }
        }
        return json(204);
      }),
  },
];
