import { z } from 'zod';
import { ConfigError } from '../core/shared/errors';

/** Replaced at build time by webpack's DefinePlugin with the settings read from the environment. */
declare const __MAPPA_CONFIG__: unknown;

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

export const AppConfigSchema = z
  .object({
    mode: z.enum(['local', 'graph'], { message: 'MAPPA_MODE must be "local" or "graph"' }).default('local'),
    clientId: optionalText,
    tenantId: optionalText,
    siteId: optionalText,
    graphBaseUrl: z
      .string()
      .trim()
      .url('MAPPA_GRAPH_BASE_URL must be a web address')
      .default('https://graph.microsoft.com/v1.0'),
    /** Graph mode's own settings, validated by the Graph adapter's configuration schema. */
    graph: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.mode !== 'graph') return;
    const required = { clientId: 'MAPPA_CLIENT_ID', tenantId: 'MAPPA_TENANT_ID', siteId: 'MAPPA_SITE_ID' } as const;
    for (const [field, env] of Object.entries(required) as [keyof typeof required, string][]) {
      if (!c[field]) ctx.addIssue({ code: 'custom', path: [field], message: `Graph mode needs ${env} to be set` });
    }
  });
export type AppConfig = z.infer<typeof AppConfigSchema>;

/** Validates raw settings (from the build, or a test). */
export function parseConfig(raw: unknown): AppConfig {
  const parsed = AppConfigSchema.safeParse(raw ?? {});
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
