// Builds the sideloadable Teams app package: renders manifest/manifest.json with the values of one
// environment (env/.env.<name>, overridden by the process environment), validates it against
// Microsoft's v1.30 schema bundled in @microsoft/app-manifest, and zips it with the two icons.
//
//   npm run package                      -> env/.env.local, dist/appPackage/appPackage.local.zip
//   MAPPA_ENV=dev npm run package        -> env/.env.dev,   dist/appPackage/appPackage.dev.zip
//   MAPPA_PACKAGE_OUT=/tmp/x npm run package   writes to /tmp/x instead of dist/appPackage
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA = 'node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENV_NAME = /^[a-z0-9][a-z0-9-]*$/i;

/** Each value the manifest needs, with a check that explains what a good value looks like. */
const REQUIRED = {
  TEAMS_APP_ID: (v) => GUID.test(v) || 'must be a GUID, for example 6f1c2b7e-3d4a-4c8b-9e15-2a7d5c0b9f31',
  AAD_APP_CLIENT_ID: (v) =>
    GUID.test(v) || 'must be the Entra application (client) id, a GUID such as b3e8a1d4-5c6f-47a2-8d90-1e2f3a4b5c6d',
  TAB_DOMAIN: (v) =>
    /^[a-z0-9.-]+(:\d{1,5})?$/i.test(v) ||
    'must be a host name with an optional port and no scheme or path, for example panels.example.gov.uk',
  TAB_ENDPOINT: (v) =>
    /^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(v) ||
    'must be an https origin with no trailing slash, for example https://panels.example.gov.uk',
};

class PackageError extends Error {}

/** Reads KEY=VALUE lines; blank lines and # comments are ignored, surrounding quotes removed. */
function parseEnvFile(text) {
  const values = {};
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new PackageError(`line ${index + 1} is not KEY=VALUE: "${line}"`);
    const [, key, value] = match;
    values[key] = value.replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

function loadValues(envName) {
  if (!ENV_NAME.test(envName)) {
    throw new PackageError(`MAPPA_ENV "${envName}" is not a valid environment name (letters, digits and hyphens).`);
  }
  const file = join(root, 'env', `.env.${envName}`);
  let fromFile = {};
  if (existsSync(file)) {
    try {
      fromFile = parseEnvFile(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new PackageError(`env/.env.${envName}: ${error.message}`);
    }
  }
  const values = {};
  const problems = [];
  for (const [key, check] of Object.entries(REQUIRED)) {
    // The process environment wins, so a pipeline can supply real ids without editing the file.
    const value = (process.env[key] ?? fromFile[key] ?? '').trim();
    if (value === '') {
      problems.push(`${key} is missing`);
      continue;
    }
    const verdict = check(value);
    if (verdict !== true) problems.push(`${key} ${verdict} (got "${value}")`);
    values[key] = value;
  }
  if (!problems.length && new URL(values.TAB_ENDPOINT).host !== values.TAB_DOMAIN.toLowerCase()) {
    problems.push(`TAB_ENDPOINT (${values.TAB_ENDPOINT}) must be served from TAB_DOMAIN (${values.TAB_DOMAIN})`);
  }
  if (problems.length) {
    const source = existsSync(file) ? `env/.env.${envName}` : `env/.env.${envName} (not found)`;
    throw new PackageError(
      `The app package needs these settings from ${source} or the environment:\n  - ${problems.join('\n  - ')}`,
    );
  }
  return values;
}

function render(template, values) {
  const rendered = template.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (whole, key) =>
    key in values ? values[key] : whole,
  );
  const left = [...new Set(rendered.match(/\$\{\{[^}]*\}\}/g) ?? [])];
  if (left.length) {
    throw new PackageError(`manifest/manifest.json uses settings this script does not know: ${left.join(', ')}`);
  }
  return JSON.parse(rendered);
}

function validate(manifest) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(JSON.parse(readFileSync(join(root, SCHEMA), 'utf8')));
  if (!check(manifest)) {
    const lines = check.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new PackageError(`The rendered manifest does not match the Teams v1.30 schema:\n  - ${lines.join('\n  - ')}`);
  }
}

async function main() {
  const envName = process.env.MAPPA_ENV?.trim() || 'local';
  const values = loadValues(envName);
  const manifest = render(readFileSync(join(root, 'manifest/manifest.json'), 'utf8'), values);
  validate(manifest);

  const outDir = resolve(root, process.env.MAPPA_PACKAGE_OUT ?? 'dist/appPackage');
  mkdirSync(outDir, { recursive: true });
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(join(outDir, 'manifest.json'), manifestText);

  // A fixed timestamp keeps the zip byte-for-byte reproducible for the same inputs.
  const date = new Date('2026-01-01T00:00:00Z');
  const zip = new JSZip();
  zip.file('manifest.json', manifestText, { date });
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    const bytes = readFileSync(join(root, 'assets', icon));
    writeFileSync(join(outDir, icon), bytes);
    zip.file(icon, bytes, { date });
  }
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  console.log(`Teams app package for "${envName}": ${zipPath}`);
}

main().catch((error) => {
  console.error(error instanceof PackageError ? `npm run package: ${error.message}` : error);
  process.exitCode = 1;
});
