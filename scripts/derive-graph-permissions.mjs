#!/usr/bin/env node
/**
 * Derives the fake Graph's permission table (test/fakes/graph/permissionTable.json) from
 * Microsoft's published permission data (msgraph-metadata `permissions/`, kept outside the
 * project): for each request the app makes (method and path template), the delegated scopes that
 * cover it. The fake answers 403 to a request none of its token's scopes covers.
 *
 *   GRAPH_PERMISSIONS  folder of the permission JSON files (default ../shared/graph/permissions)
 *   --check            exit 1 when the committed table differs from what the data gives
 *
 * Not part of `npm test`: the tests use the committed table and pass without the data.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(root, process.env.GRAPH_PERMISSIONS ?? '../shared/graph/permissions');
const tablePath = join(root, 'test/fakes/graph/permissionTable.json');
const check = process.argv.includes('--check');

if (!existsSync(dataDir)) {
  process.stderr.write(`derive-graph-permissions: no permission data at ${dataDir}. Set GRAPH_PERMISSIONS.\n`);
  process.exit(2);
}

/** Every request the app makes, as the data writes paths: lower case, `{id}` for one segment. */
const routes = [
  ['GET', '/me'],
  ['GET', '/me/people'],
  ['GET', '/users'],
  ['POST', '/me/sendmail'],
  ['POST', '/me/calendar/getschedule'],
  ['POST', '/me/events'],
  ['GET', '/me/events'],
  ['GET', '/me/events/{id}'],
  ['PATCH', '/me/events/{id}'],
  ['GET', '/me/events/{id}/instances'],
  ['GET', '/me/onlinemeetings'],
  ['PATCH', '/me/onlinemeetings/{id}'],
  ['POST', '/chats/{id}/installedapps'],
  ['GET', '/chats/{id}/tabs'],
  ['POST', '/chats/{id}/tabs'],
  ['POST', '/sites/{id}/lists'],
  ['GET', '/sites/{id}/lists/{id}'],
  ['GET', '/sites/{id}/lists/{id}/columns'],
  ['POST', '/sites/{id}/lists/{id}/columns'],
  ['GET', '/sites/{id}/lists/{id}/items'],
  ['POST', '/sites/{id}/lists/{id}/items'],
  ['GET', '/sites/{id}/lists/{id}/items/{id}'],
  ['PATCH', '/sites/{id}/lists/{id}/items/{id}/fields'],
  ['PUT', '/sites/{id}/lists/{id}/drive/root:/{path}:/content'],
  // The case library: each case's folder, shared with the case's people (docs/security.md).
  ['GET', '/drives/{id}/items/{id}'],
  ['GET', '/drives/{id}/root:/{id}'],
  ['GET', '/drives/{id}/items/{id}/permissions'],
  ['POST', '/drives/{id}/items/{id}/invite'],
  ['DELETE', '/drives/{id}/items/{id}/permissions/{id}'],
  // A signed version of the minutes declared a record.
  ['PATCH', '/drives/{id}/items/{id}/retentionlabel'],
  // Not made by the app: the fake answers it so the tests show a record refuses deletion.
  ['DELETE', '/drives/{id}/items/{id}'],
];

/**
 * Paths the data lacks, from Microsoft's permissions tables instead (each cited). The README of the
 * data says absent means "not in the data", not refused.
 */
const fromDocs = {
  // https://learn.microsoft.com/graph/api/driveitem-put-content
  'PUT /sites/{id}/lists/{id}/drive/root:/{path}:/content': [
    'Files.ReadWrite',
    'Files.ReadWrite.All',
    'Sites.ReadWrite.All',
  ],
  // https://learn.microsoft.com/graph/api/driveitem-setretentionlabel
  'PATCH /drives/{id}/items/{id}/retentionlabel': ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.ReadWrite.All'],
};

/**
 * Delegated `Sites.Selected` (2024) is newer than the data. It reaches a site only once an
 * administrator grants the app a role there; the role a request needs follows from the least
 * `Sites.*.All` permission the data names for it.
 */
const siteRoles = [
  ['Sites.Read.All', 'read'],
  ['Sites.ReadWrite.All', 'write'],
  ['Sites.Manage.All', 'manage'],
  ['Sites.FullControl.All', 'fullcontrol'],
];

const permissions = new Map();
for (const file of readdirSync(dataDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const data = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  for (const [name, p] of Object.entries(data.permissions ?? {})) permissions.set(name, p);
}
const delegated = (name) => Boolean(permissions.get(name)?.schemes?.DelegatedWork);

function covering(method, path) {
  const out = new Set();
  for (const [name, p] of permissions) {
    for (const set of p.pathSets ?? []) {
      if (!set.schemeKeys?.includes('DelegatedWork') || !set.methods?.includes(method)) continue;
      if (Object.keys(set.paths ?? {}).some((k) => k.toLowerCase() === path)) out.add(name);
    }
  }
  out.delete('N/A');
  for (const s of fromDocs[`${method} ${path}`] ?? []) out.add(s);
  // A write permission includes its read permission (https://learn.microsoft.com/graph/permissions-reference);
  // the data lists some reads (event instances, one event) under the read permission only.
  for (const s of [...out]) {
    const write = s.replace(/\.Read(\.All)?$/, '.ReadWrite$1');
    if (write !== s && delegated(write)) out.add(write);
  }
  return out;
}

const table = {
  $comment:
    'Generated by scripts/derive-graph-permissions.mjs from msgraph-metadata permissions/ (commit 7a4530b0). Do not edit.',
  routes: routes.map(([method, path]) => {
    const scopes = covering(method, path);
    const role = siteRoles.find(([s]) => scopes.has(s))?.[1];
    if (role) scopes.add('Sites.Selected');
    return { method, path, scopes: [...scopes].sort(), ...(role ? { sitesSelectedRole: role } : {}) };
  }),
};

const uncovered = table.routes.filter((r) => r.scopes.length === 0);
if (uncovered.length) {
  process.stderr.write(
    `derive-graph-permissions: no delegated permission covers ${uncovered.map((r) => `${r.method} ${r.path}`).join(', ')}\n`,
  );
  process.exit(1);
}

// Formatted as the project's Prettier settings format it, so `npm run lint` and --check agree.
const text = await prettier.format(JSON.stringify(table), {
  ...(await prettier.resolveConfig(tablePath)),
  filepath: tablePath,
});
if (check) {
  const committed = existsSync(tablePath) ? readFileSync(tablePath, 'utf8') : '';
  if (committed !== text) {
    process.stderr.write(
      'derive-graph-permissions: test/fakes/graph/permissionTable.json differs from what the permission data gives.\n' +
        'Run `node scripts/derive-graph-permissions.mjs` and commit the result.\n',
    );
    process.exit(1);
  }
  process.stdout.write(`derive-graph-permissions: the table matches the data (${table.routes.length} requests).\n`);
} else {
  writeFileSync(tablePath, text);
  process.stdout.write(`derive-graph-permissions: wrote ${tablePath} (${table.routes.length} requests).\n`);
}
