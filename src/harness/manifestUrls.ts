/**
 * The addresses Teams loads, read from the packaged manifest (manifest/manifest.json, bundled into
 * the harness page) and from the configuration page's saved tab, never from a list of the harness's
 * own: the configurable tab's `configurationUrl` in the settings frame, the saved `contentUrl` in
 * every meeting frame, and each static tab's `contentUrl` for the personal tabs.
 */
import { z } from 'zod';
import packagedManifest from '../../manifest/manifest.json';
import { tabConfigurationFor, type Surface } from '../core/host';
import { lazySchema } from '../core/shared/lazySchema';

/** The placeholder the packaging step replaces with the app's HTTPS origin (env/.env.*). */
export const TAB_ENDPOINT = '${{TAB_ENDPOINT}}';

const ManifestSchema = lazySchema(() =>
  z.object({
    configurableTabs: z
      .array(z.object({ configurationUrl: z.string().min(1), context: z.array(z.string()).default([]) }))
      .min(1, 'the manifest declares no configurable tab'),
    staticTabs: z.array(z.object({ entityId: z.string().min(1), contentUrl: z.string().min(1) })).default([]),
  }),
);
export type HarnessManifest = z.infer<typeof ManifestSchema>;

export function readManifest(raw: unknown = packagedManifest): HarnessManifest {
  return ManifestSchema.parse(raw);
}

/** The manifest's address with its endpoint placeholder replaced by the origin the app is served from. */
export function atOrigin(url: string, origin: string): string {
  return url.split(TAB_ENDPOINT).join(origin.replace(/\/$/, ''));
}

/** The manifest `context` each meeting frame needs the configurable tab to declare. */
export const MANIFEST_CONTEXTS: Partial<Record<Surface, readonly string[]>> = {
  sidePanel: ['meetingSidePanel'],
  meetingStage: ['meetingStage'],
  meetingTab: ['meetingChatTab', 'meetingDetailsTab'],
};

export function configurationUrl(manifest: HarnessManifest, origin: string): string {
  return atOrigin(manifest.configurableTabs[0]!.configurationUrl, origin);
}

/** What the configuration page saves for a case (the same core function it calls). */
export function savedContentUrl(caseId: string, origin: string): string {
  return tabConfigurationFor(origin, { id: caseId, reference: '' }).contentUrl;
}

export function staticTabUrl(manifest: HarnessManifest, entityId: string, origin: string): string {
  const tab = manifest.staticTabs.find((t) => t.entityId === entityId);
  if (!tab) throw new Error(`The manifest declares no personal tab “${entityId}”.`);
  return atOrigin(tab.contentUrl, origin);
}

/** Whether the manifest lets Teams open the configurable tab in this meeting frame. */
export function declaresContext(manifest: HarnessManifest, surface: Surface): boolean {
  const needed = MANIFEST_CONTEXTS[surface];
  if (!needed) return true;
  return needed.some((c) => manifest.configurableTabs.some((t) => t.context.includes(c)));
}
