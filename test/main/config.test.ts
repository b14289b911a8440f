import { parseConfig } from '../../src/main/config';

const good = {
  mode: 'graph',
  tenantId: '11111111-2222-4333-8444-555555555555',
  clientId: '66666666-7777-4888-9999-000000000000',
  siteId: 'northshire.sharepoint.com,aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee,ffffffff-0000-4111-8222-333333333333',
};

describe('the build’s configuration', () => {
  it('is local mode when nothing is set', () => {
    expect(parseConfig({})).toEqual({ mode: 'local' });
    expect(parseConfig(undefined)).toEqual({ mode: 'local' });
  });

  it('accepts a complete Graph configuration and fills in the defaults', () => {
    const c = parseConfig({
      ...good,
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      area: { cadenceWeeks: { level2: 8 } },
    });
    if (c.mode !== 'graph') throw new Error('expected Graph mode');
    expect(c.graphBaseUrl).toBe('https://graph.microsoft.com');
    expect(c.area.cadenceWeeks).toEqual({ level2: 8, level3: 6 });
    expect(parseConfig(good)).toMatchObject({ graphBaseUrl: 'https://graph.microsoft.com' });
  });

  it('refuses national clouds, which the app does not offer', () => {
    for (const graphBaseUrl of ['https://graph.microsoft.us', 'https://microsoftgraph.chinacloudapi.cn/v1.0']) {
      expect(() => parseConfig({ ...good, graphBaseUrl })).toThrow(/national clouds are not supported/);
    }
  });

  it('names every setting that is wrong or missing, in plain words', () => {
    expect(() =>
      parseConfig({ mode: 'graph', tenantId: 'northshire', siteId: 'x', graphBaseUrl: 'https://evil.example.com' }),
    ).toThrow(
      /Graph mode needs MAPPA_CLIENT_ID to be set; The tenant id \(MAPPA_TENANT_ID\) must be a GUID.*site id \(MAPPA_SITE_ID\).*Graph address/,
    );
    expect(() => parseConfig({ ...good, siteId: '  ' })).toThrow(/Graph mode needs MAPPA_SITE_ID to be set/);
    expect(() => parseConfig({ mode: 'cloud' })).toThrow(/MAPPA_MODE must be "local" or "graph"/);
  });
});
