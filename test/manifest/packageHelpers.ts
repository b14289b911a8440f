import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
// Deep import: the package entry pulls an ESM-only dependency that jest cannot load.
import teamsSchema from '@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json';

export const repoRoot = join(__dirname, '..', '..');

const SETTINGS = ['TEAMS_APP_ID', 'AAD_APP_CLIENT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'MAPPA_ENV', 'MAPPA_PACKAGE_OUT'];

export type PackageRun = { status: number | null; stdout: string; stderr: string; outDir: string };

/** Runs `node scripts/package.mjs` into a fresh folder, with only the given settings in its environment. */
export function runPackage(settings: Record<string, string> = {}): PackageRun {
  const outDir = mkdtempSync(join(tmpdir(), 'mappa-package-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of SETTINGS) delete env[key];
  const result = spawnSync(process.execPath, ['scripts/package.mjs'], {
    cwd: repoRoot,
    env: { ...env, MAPPA_PACKAGE_OUT: outDir, ...settings },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir };
}

export type SchemaCheck = { valid: boolean; errors: string[] };

export function validateManifest(manifest: unknown): SchemaCheck {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(teamsSchema);
  const valid = check(manifest) as boolean;
  return { valid, errors: (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`) };
}
