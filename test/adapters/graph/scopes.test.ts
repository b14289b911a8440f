import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { allScopes, baseScopes, mailScopes, schedulingScopes } from '../../../src/adapters/graph/scopes';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest/manifest.json'), 'utf8')) as {
  webApplicationInfo: { nestedAppAuthInfo: { scopes: string[] }[] };
};

describe('Graph scopes', () => {
  it('the manifest prefetches exactly the sign-in set, in the same order', () => {
    expect(manifest.webApplicationInfo.nestedAppAuthInfo[0]?.scopes).toEqual([...baseScopes]);
  });

  it('signing in asks for nothing that schedules meetings, changes Teams or sends mail', () => {
    for (const s of [...schedulingScopes, ...mailScopes]) expect(baseScopes).not.toContain(s as never);
    expect(baseScopes).toEqual(['User.Read', 'User.ReadBasic.All', 'People.Read', 'Sites.Selected']);
  });

  it('never asks for mail-read, tenant-wide site or file access', () => {
    for (const s of ['Mail.Read', 'Mail.ReadWrite', 'Sites.ReadWrite.All', 'Files.ReadWrite.All', 'TeamsTab.Create']) {
      expect(allScopes).not.toContain(s as never);
    }
    expect(allScopes.every((s) => !s.includes('/'))).toBe(true);
  });
});
