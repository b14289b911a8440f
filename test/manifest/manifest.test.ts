import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PERSONAL_PAGE_IDS } from '../../src/adapters/host/mapContext';
import { repoRoot, runPackage, validateManifest } from './packageHelpers';

type Manifest = {
  manifestVersion: string;
  id: string;
  configurableTabs: Array<{ configurationUrl: string; scopes: string[]; context: string[] }>;
  staticTabs: Array<{ entityId: string; name?: string; contentUrl?: string; scopes: string[] }>;
  validDomains: string[];
  webApplicationInfo: { id: string; nestedAppAuthInfo: Array<{ redirectUri: string; scopes: string[] }> };
  authorization: { permissions: { resourceSpecific: Array<{ name: string; type: string }> } };
  meetingExtensionDefinition?: { supportsAnonymousGuestUsers?: boolean };
};

const template = readFileSync(join(repoRoot, 'manifest/manifest.json'), 'utf8');
const templateJson = JSON.parse(template) as Manifest;

function rendered(run: { outDir: string }): Manifest {
  return JSON.parse(readFileSync(join(run.outDir, 'manifest.json'), 'utf8')) as Manifest;
}

describe('manifest template', () => {
  it('is schema version 1.30 and uses the Agents Toolkit placeholders', () => {
    expect(templateJson.manifestVersion).toBe('1.30');
    for (const placeholder of ['TEAMS_APP_ID', 'AAD_APP_CLIENT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT']) {
      expect(template).toContain(`\${{${placeholder}}}`);
    }
  });

  it('offers the configurable tab in meetings and their chats only, not in channels (channel meetings need a stage permission of their own)', () => {
    const [tab, ...others] = templateJson.configurableTabs;
    expect(others).toHaveLength(0);
    expect(tab?.configurationUrl).toBe('${{TAB_ENDPOINT}}/config.html');
    expect([...(tab?.scopes ?? [])].sort()).toEqual(['groupChat']);
    expect([...(tab?.context ?? [])].sort()).toEqual(
      ['meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage', 'privateChatTab'].sort(),
    );
  });

  it('asks for the meeting stage and Live Share permissions of the contexts it declares, and no team default', () => {
    const raw = templateJson as unknown as {
      authorization: { permissions: { resourceSpecific: { name: string }[] } };
      defaultGroupCapability: Record<string, string>;
    };
    expect(raw.authorization.permissions.resourceSpecific.map((p) => p.name)).toEqual([
      'MeetingStage.Write.Chat',
      'LiveShareSession.ReadWrite.Chat',
    ]);
    expect(Object.keys(raw.defaultGroupCapability).sort()).toEqual(['groupchat', 'meetings']);
  });

  it('has the personal tabs that make it run in Outlook and the Microsoft 365 app', () => {
    const personal = templateJson.staticTabs.map((t) => [t.name, t.contentUrl, t.scopes]);
    expect(personal).toEqual([
      ['My actions', '${{TAB_ENDPOINT}}/personal.html#/my-actions', ['personal']],
      ['Panels', '${{TAB_ENDPOINT}}/personal.html#/panels', ['personal']],
    ]);
  });

  it('names the personal tabs with the page ids the host adapter routes on', () => {
    // Teams reports a static tab's entityId as the page id; any other id would be taken for a meeting tab.
    expect(templateJson.staticTabs.map((t) => t.entityId)).toEqual([...PERSONAL_PAGE_IDS]);
  });

  it("asks to share to the stage and to join the meeting's Live Share session, signs in with nested app auth and keeps anonymous guests out", () => {
    expect(templateJson.authorization.permissions.resourceSpecific).toEqual([
      { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
      { name: 'LiveShareSession.ReadWrite.Chat', type: 'Delegated' },
    ]);
    expect(templateJson.webApplicationInfo.id).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(templateJson.webApplicationInfo.nestedAppAuthInfo[0]?.redirectUri).toBe('brk-multihub://${{TAB_DOMAIN}}');
    expect(templateJson.webApplicationInfo.nestedAppAuthInfo[0]?.scopes.length).toBeGreaterThan(0);
    expect(templateJson.validDomains).toEqual(['${{TAB_DOMAIN}}']);
    expect(templateJson.meetingExtensionDefinition?.supportsAnonymousGuestUsers).toBe(false);
  });
});

describe('npm run package', () => {
  const local = runPackage();

  it('renders the local environment into a manifest that matches Microsoft’s v1.30 schema', () => {
    expect(local.stderr).toBe('');
    expect(local.status).toBe(0);
    const manifest = rendered(local);
    const check = validateManifest(manifest);
    expect(check.errors).toEqual([]);
    expect(check.valid).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.id).toBe('6f1c2b7e-3d4a-4c8b-9e15-2a7d5c0b9f31');
    expect(manifest.configurableTabs[0]?.configurationUrl).toBe('https://localhost:53000/config.html');
    expect(manifest.webApplicationInfo.nestedAppAuthInfo[0]?.redirectUri).toBe('brk-multihub://localhost:53000');
  });

  it('lets the process environment override the env file', () => {
    const run = runPackage({ TAB_DOMAIN: 'panels.example.gov.uk', TAB_ENDPOINT: 'https://panels.example.gov.uk' });
    expect(run.status).toBe(0);
    const manifest = rendered(run);
    expect(manifest.validDomains).toEqual(['panels.example.gov.uk']);
    expect(manifest.staticTabs[0]?.contentUrl).toBe('https://panels.example.gov.uk/personal.html#/my-actions');
    expect(validateManifest(manifest).valid).toBe(true);
  });

  it('refuses to build with a missing or malformed setting and says which one', () => {
    const noEnvFile = runPackage({ MAPPA_ENV: 'nowhere' });
    expect(noEnvFile.status).toBe(1);
    expect(noEnvFile.stderr).toContain('env/.env.nowhere (not found)');
    expect(noEnvFile.stderr).toContain('TEAMS_APP_ID is missing');

    const badId = runPackage({ AAD_APP_CLIENT_ID: 'not-a-guid' });
    expect(badId.status).toBe(1);
    expect(badId.stderr).toMatch(/AAD_APP_CLIENT_ID must be the Entra application \(client\) id/);

    const mismatch = runPackage({ TAB_ENDPOINT: 'https://elsewhere.example.gov.uk' });
    expect(mismatch.status).toBe(1);
    expect(mismatch.stderr).toContain('must be served from TAB_DOMAIN');
  });
});

describe('schema validation', () => {
  const good = rendered(runPackage());
  const broken = (change: (m: Manifest) => void): Manifest => {
    const copy = structuredClone(good);
    change(copy);
    return copy;
  };

  it.each([
    ['a misspelt context', (m: Manifest) => m.configurableTabs[0]?.context.push('meetingSidepanel')],
    ['personal scope on the configurable tab', (m: Manifest) => m.configurableTabs[0]?.scopes.splice(0, 1, 'personal')],
    ['an app id that is not a GUID', (m: Manifest) => (m.id = 'mappa-panel')],
    [
      'an application-type stage permission',
      (m: Manifest) =>
        (m.authorization.permissions.resourceSpecific = [{ name: 'MeetingStage.Write.Chat', type: 'Sometimes' }]),
    ],
  ])('rejects %s', (_label, change) => {
    const check = validateManifest(broken(change));
    expect(check.valid).toBe(false);
    expect(check.errors.length).toBeGreaterThan(0);
  });
});
