import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { graphScopes, scopesFor } from '../../../src/main/createGraphServices';

describe('Graph scopes', () => {
  it('ask the public cloud for the short names the manifest prefetches, in the same order', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest/manifest.json'), 'utf8')) as {
      webApplicationInfo: { nestedAppAuthInfo: { scopes: string[] }[] };
    };
    expect(scopesFor('https://graph.microsoft.com/v1.0')).toEqual(
      manifest.webApplicationInfo.nestedAppAuthInfo[0]?.scopes,
    );
  });

  it('name a national cloud by its origin, never the version path', () => {
    const scopes = scopesFor('https://graph.microsoft.us/v1.0');
    expect(scopes[0]).toBe('https://graph.microsoft.us/User.Read');
    expect(scopes).toHaveLength(graphScopes.length);
    expect(scopes.some((s) => s.includes('/v1.0/'))).toBe(false);
  });
});
