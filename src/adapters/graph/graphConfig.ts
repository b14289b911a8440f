import { z } from 'zod';

import { AreaSettingsSchema, type AreaSettings } from '../../core/area/areaSettings';
import { ConfigError } from '../../core/shared/errors';

const guid = (what: string) =>
  z
    .string()
    .trim()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      `${what} must be a GUID like 00000000-0000-0000-0000-000000000000`,
    );

/**
 * The public cloud's Graph: the only one offered. A national cloud would need its own Graph root,
 * sign-in authority and Content Security Policy together, and the app is built and checked for the
 * public cloud alone, so any other address is refused (and tokens never go elsewhere).
 */
export const graphRoot = 'https://graph.microsoft.com';

export const GraphConfigSchema = z.object({
  tenantId: guid('The tenant id (MAPPA_TENANT_ID)'),
  clientId: guid('The app registration’s client id (MAPPA_CLIENT_ID)'),
  /** `host,siteCollectionId,webId`, as `GET /sites/{hostname}:/sites/{path}` returns it. */
  siteId: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9.-]+,[0-9a-f-]{36},[0-9a-f-]{36}$/i,
      'The site id (MAPPA_SITE_ID) must look like contoso.sharepoint.com,<guid>,<guid>',
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
  /** Names the app's extended properties on events and messages; fixed per deployment. */
  propertySetId: guid('The extended-property set id').default('5f0c6f8e-4a57-4c1e-9d0b-7d3a4e1c2b9a'),
  area: AreaSettingsSchema.prefault({}),
});
export type GraphConfig = z.infer<typeof GraphConfigSchema> & { area: AreaSettings };

export class GraphConfigError extends ConfigError {
  override readonly name = 'GraphConfigError';
}

/** Validates the Graph settings; the message names every setting to fix, in plain words. */
export function parseGraphConfig(raw: unknown): GraphConfig {
  const parsed = GraphConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new GraphConfigError(
      `MAPPA Panel cannot connect to Microsoft 365: ${parsed.error.issues
        .map((i) => (i.code === 'invalid_type' && i.input === undefined ? `${i.path.join('.')} is missing` : i.message))
        .join('; ')}.`,
    );
  }
  return parsed.data;
}
