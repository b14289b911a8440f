#!/usr/bin/env node
/**
 * Checks every request body the Graph adapters produced during the contract runs against
 * Microsoft's own Graph v1.0 metadata: CSDL → OpenAPI 3.1 (odata-openapi) → ajv 2020.
 * Fails on an unknown property, a wrong enum value or a wrong type.
 *
 *   GRAPH_METADATA   path to v1.0-cleanMetadata.xml (default ../shared/graph/v1.0-cleanMetadata.xml)
 *   GRAPH_REQUESTS   a JSON-lines file of recorded requests to check instead of running the tests
 *
 * Not part of `npm test`: the project's tests pass on a machine without the metadata.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { csdl2openapi } = require('odata-openapi');
const { xml2json } = require('odata-csdl');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const metadataPath = resolve(root, process.env.GRAPH_METADATA ?? '../shared/graph/v1.0-cleanMetadata.xml');
if (!existsSync(metadataPath)) {
  process.stderr.write(
    `check:graph: the Graph v1.0 metadata was not found at ${metadataPath}. Set GRAPH_METADATA to its path.\n`,
  );
  process.exit(2);
}

/** Which schema each route the fake Graph records takes its body from. */
const routes = {
  'list-create': { schema: 'microsoft.graph.list-create' },
  'column-create': { schema: 'microsoft.graph.columnDefinition-create' },
  'listItem-create': { schema: 'microsoft.graph.listItem-create' },
  'fieldValueSet-update': { schema: 'microsoft.graph.fieldValueSet-update' },
  'event-create': { schema: 'microsoft.graph.event-create' },
  'event-update': { schema: 'microsoft.graph.event-update' },
  'onlineMeeting-update': { schema: 'microsoft.graph.onlineMeeting-update' },
  'installedApps-create': { schema: 'microsoft.graph.teamsAppInstallation-create' },
  'teamsTab-create': { schema: 'microsoft.graph.teamsTab-create' },
  sendMail: { path: '/me/graph.sendMail' },
  getSchedule: { path: '/me/calendar/graph.getSchedule' },
  'driveItem-invite': { path: "/drives('{id}')/items('{id_1}')/graph.invite" },
  'itemRetentionLabel-update': { schema: 'microsoft.graph.itemRetentionLabel-update' },
  // A file's content (Edm.Stream): the case library's placeholder files, whatever their bytes.
  'driveItem-content': { content: true },
};

// 1. The requests: recorded by the fake Graph while the Graph contract and adapter tests run.
let logFile = process.env.GRAPH_REQUESTS;
let scratch;
if (!logFile) {
  scratch = mkdtempSync(join(tmpdir(), 'check-graph-'));
  logFile = join(scratch, 'requests.jsonl');
  const jest = spawnSync(
    process.execPath,
    [
      require.resolve('jest/bin/jest'),
      '--selectProjects',
      'unit',
      '--runInBand',
      'test/contract/storage.graph.test.ts',
      'test/contract/scheduling.graph.test.ts',
      'test/adapters/graph',
    ],
    { cwd: root, env: { ...process.env, GRAPH_REQUEST_LOG: logFile }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (jest.status !== 0) {
    process.stderr.write('check:graph: the Graph contract tests failed; fix them first.\n');
    process.exit(1);
  }
}
const recorded = existsSync(logFile)
  ? readFileSync(logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
if (scratch) rmSync(scratch, { recursive: true, force: true });
if (recorded.length === 0) {
  process.stderr.write('check:graph: no request bodies were recorded.\n');
  process.exit(1);
}

// 2. Microsoft's metadata as OpenAPI 3.1.
const xml = readFileSync(metadataPath, 'utf8').replace(/^\uFEFF/, '');
const openapi = csdl2openapi(xml2json(xml), {
  openapiVersion: '3.1.0',
  rootResourcesToKeep: ['me', 'users', 'chats', 'sites', 'groups', 'drives'],
  maxLevels: 4,
  messages: [],
});
const schemas = openapi.components.schemas;

// 3. Strict: Graph assigns ids, so `id` is never required; any property the schema does not name fails,
//    except in open types whose keys are the data (list item fields, tab configuration).
const openTypes = new Set(['microsoft.graph.fieldValueSet', 'microsoft.graph.teamsTabConfiguration']);
const allowedExtras = {
  '^@odata\\.type$': {},
  '@odata\\.bind$': {},
  '^@microsoft\\.graph\\.': {},
  '^@odata\\.etag$': {},
};
const usedAsBase = new Set();
JSON.stringify(schemas, (k, v) => {
  if (k === 'allOf' && Array.isArray(v)) for (const s of v) if (s?.$ref) usedAsBase.add(s.$ref.split('/').pop());
  return v;
});
function strict(schema, name) {
  if (!schema || typeof schema !== 'object') return;
  if (Array.isArray(schema.required)) {
    schema.required = schema.required.filter((r) => r !== 'id');
    if (schema.required.length === 0) delete schema.required;
  }
  const open = name && [...openTypes].some((t) => name === t || name.startsWith(`${t}-`));
  if (schema.properties && !open && !(name && usedAsBase.has(name))) {
    schema.patternProperties = { ...(schema.patternProperties ?? {}), ...allowedExtras };
    schema.unevaluatedProperties = false;
  }
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties') for (const p of Object.values(v)) strict(p);
    else if (Array.isArray(v)) v.forEach((x) => strict(x));
    else if (v && typeof v === 'object' && k !== 'patternProperties') strict(v);
  }
}
for (const [name, s] of Object.entries(schemas)) strict(s, name);

/** Action parameters are PascalCase in the metadata; Graph accepts them in any case, and the app sends camelCase. */
function camelParams(s) {
  const out = structuredClone(s);
  if (out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([k, v]) => [k[0].toLowerCase() + k.slice(1), v]),
    );
  }
  strict(out);
  return out;
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ $id: 'graph', components: { schemas } });
const validators = {};
function validatorFor(route) {
  if (validators[route]) return validators[route];
  const r = routes[route];
  if (!r) return undefined;
  if (r.content) return (validators[route] = () => true);
  let schema;
  if (r.schema) {
    if (!schemas[r.schema]) throw new Error(`check:graph: schema ${r.schema} is not in the metadata`);
    schema = { $ref: `graph#/components/schemas/${r.schema}` };
  } else {
    const op = openapi.paths[r.path]?.post;
    const body = op?.requestBody?.content?.['application/json']?.schema;
    if (!body) throw new Error(`check:graph: no request body for POST ${r.path} in the metadata`);
    schema = JSON.parse(
      JSON.stringify(camelParams(body)).replaceAll('"#/components/schemas/', '"graph#/components/schemas/'),
    );
  }
  return (validators[route] = ajv.compile(schema));
}

// 4. The check must catch what it claims to: known-bad bodies have to fail.
const mustFail = [
  ['event-create', { subject: 'x', senstivity: 'private' }, 'a misspelt property'],
  [
    'event-create',
    { recurrence: { pattern: { type: 'weekly', interval: 10, daysOfWeek: ['Tuesday'] } } },
    'a capitalised enum',
  ],
  [
    'event-create',
    { recurrence: { pattern: { type: 'weekly', interval: '10', daysOfWeek: ['tuesday'] } } },
    'a string for a number',
  ],
  ['onlineMeeting-update', { lobbyBypassSettings: { scope: 'noone' } }, 'an unknown enum value'],
  ['sendMail', { message: { subject: 'x', sensitivity: 'confidential' } }, 'a property v1.0 message lacks'],
  ['driveItem-invite', { recipients: [{ mail: 'a@example.org' }], roles: ['write'] }, 'a misspelt recipient property'],
];
let failures = 0;
for (const [route, body, what] of mustFail) {
  if (validatorFor(route)(body)) {
    process.stderr.write(`check:graph: the schema check let through ${what} (${route}); it is not strict enough.\n`);
    failures++;
  }
}

// 5. Every recorded body.
const seen = new Map();
for (const r of recorded) {
  const validate = validatorFor(r.route);
  if (!validate) {
    process.stderr.write(`check:graph: no schema is mapped for ${r.method} ${r.route} (${r.url.split('?')[0]})\n`);
    failures++;
    continue;
  }
  seen.set(r.route, (seen.get(r.route) ?? 0) + 1);
  if (!validate(r.body)) {
    failures++;
    const errs = validate.errors
      .slice(0, 5)
      .map(
        (e) =>
          `${e.instancePath || '(root)'} ${e.message}${e.params?.unevaluatedProperty ? ` '${e.params.unevaluatedProperty}'` : ''}${e.params?.allowedValues ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}`,
      );
    process.stderr.write(`check:graph: ${r.method} ${r.route} does not match Graph v1.0:\n  ${errs.join('\n  ')}\n`);
  }
}
for (const [route, n] of [...seen].sort()) {
  process.stdout.write(`${route.padEnd(22)} ${String(n).padStart(5)} bodies\n`);
}
if (failures) {
  process.stderr.write(`check:graph: ${failures} problem(s).\n`);
  process.exit(1);
}
process.stdout.write(`check:graph: ${recorded.length} request bodies match Microsoft Graph v1.0.\n`);
