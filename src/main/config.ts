/**
 * The build's settings, in one schema: webpack's DefinePlugin puts the environment's MAPPA_* values
 * into the bundle and this validates them at start-up, naming every setting to fix. Local mode
 * needs none; Graph mode needs the tenant, the app registration and the area's site.
 */
import { z } from 'zod';

import { AreaSettingsSchema } from '../core/area/areaSettings';
import { ConfigError } from '../core/shared/errors';
import { lazySchema } from '../core/shared/lazySchema';

/** Replaced at build time by webpack's DefinePlugin with the settings read from the environment. */
declare const __MAPPA_CONFIG__: unknown;

/** The public cloud's Graph: the only one offered (a national cloud needs its own Graph, sign-in and CSP together). */
export const graphRoot = 'https://graph.microsoft.com';

/** A setting Graph mode cannot do without: "needs … to be set" when absent or blank, `check`'s message when malformed. */
const required = (env: string, check: z.ZodType<string, string>) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string({
        error: (issue) => (issue.input === undefined ? `Graph mode needs ${env} to be set` : `${env} must be text`),
      })
      .pipe(check),
  );

const guid = (what: string) =>
  z
    .string()
    .trim()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      `${what} must be a GUID like 00000000-0000-0000-0000-000000000000`,
    );

const LocalConfigSchema = lazySchema(() => z.object({ mode: z.literal('local') }));

const GraphConfigSchema = lazySchema(() =>
  z.object({
    mode: z.literal('graph'),
    clientId: required('MAPPA_CLIENT_ID', guid('The app registration’s client id (MAPPA_CLIENT_ID)')),
    tenantId: required('MAPPA_TENANT_ID', guid('The tenant id (MAPPA_TENANT_ID)')),
    /** `host,siteCollectionId,webId`, as `GET /sites/{hostname}:/sites/{path}` returns it. */
    siteId: required(
      'MAPPA_SITE_ID',
      z
        .string()
        .trim()
        .regex(
          /^[a-z0-9.-]+,[0-9a-f-]{36},[0-9a-f-]{36}$/i,
          'The site id (MAPPA_SITE_ID) must look like contoso.sharepoint.com,<guid>,<guid>',
        ),
    ),
    /** With or without the version segment; the adapters always use v1.0. */
    graphBaseUrl: z
      .string()
      .trim()
      .default(graphRoot)
      .transform((u) => u.replace(/\/v1\.0\/?$/, '').replace(/\/$/, ''))
      .refine((u) => u === graphRoot, {
        message: `The Graph address (MAPPA_GRAPH_BASE_URL) must be ${graphRoot}: national clouds are not supported`,
      }),
    /** The app's id in the tenant's Teams app catalogue (not the manifest id), for adding it to meeting chats. */
    teamsCatalogAppId: guid('The Teams app catalogue id (MAPPA_TEAMS_CATALOG_APP_ID)').optional(),
    /** Where the app is served, for the meeting tab's address. */
    appBaseUrl: z.string().trim().url('The app address (MAPPA_APP_BASE_URL) must be a web address').optional(),
    /**
     * The retention label that declares a signed version of the minutes a record (created by the
     * tenant's compliance administrator; docs/security.md), so SharePoint refuses any change to it.
     */
    recordLabel: z
      .string()
      .trim()
      .min(1, 'The record label (MAPPA_RECORD_LABEL) must not be empty')
      .max(64)
      .default('MAPPA record'),
    /** Names the app's extended properties on events and messages; fixed per deployment. */
    propertySetId: guid('The extended-property set id').default('5f0c6f8e-4a57-4c1e-9d0b-7d3a4e1c2b9a'),
    /** Cadence, statements, approved secure domains, standing members (MAPPA_AREA_SETTINGS). */
    area: AreaSettingsSchema.prefault({}),
  }),
);

export const AppConfigSchema = lazySchema(() =>
  z.discriminatedUnion('mode', [LocalConfigSchema, GraphConfigSchema], {
    error: 'MAPPA_MODE must be "local" or "graph"',
  }),
);
export type AppConfig = z.infer<typeof AppConfigSchema>;
export type GraphConfig = z.infer<typeof GraphConfigSchema>;

/** Validates raw settings (from the build, or a test); local mode when no mode is given. */
export function parseConfig(raw: unknown): AppConfig {
  const given = (raw ?? {}) as Record<string, unknown>;
  const mode = given.mode || 'local';
  // Local mode is checked against its own schema, which is all the union would use: Graph mode's settings are not built.
  const schema = mode === 'local' ? LocalConfigSchema : AppConfigSchema;
  const parsed = schema.safeParse({ ...given, mode });
  if (!parsed.success) {
    throw new ConfigError(
      `The app is not configured correctly: ${parsed.error.issues.map((i) => i.message).join('; ')}.`,
    );
  }
  return parsed.data;
}

/** The settings this build was made with; local mode when built without any (as in unit tests). */
export function readConfig(): AppConfig {
  return parseConfig(typeof __MAPPA_CONFIG__ === 'undefined' ? {} : __MAPPA_CONFIG__);
}
