import { parseGraphConfig } from '../../../src/adapters/graph/graphConfig';

const good = {
  tenantId: '11111111-2222-4333-8444-555555555555',
  clientId: '66666666-7777-4888-9999-000000000000',
  siteId: 'northshire.sharepoint.com,aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee,ffffffff-0000-4111-8222-333333333333',
};

describe('Graph configuration', () => {
  it('accepts a complete configuration and fills in the defaults', () => {
    const c = parseGraphConfig({
      ...good,
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      area: { cadenceWeeks: { level2: 8 } },
    });
    expect(c.graphBaseUrl).toBe('https://graph.microsoft.com');
    expect(c.area.cadenceWeeks).toEqual({ level2: 8, level3: 6 });
    expect(parseGraphConfig(good).graphBaseUrl).toBe('https://graph.microsoft.com');
  });

  it('refuses national clouds, which the app does not offer', () => {
    for (const graphBaseUrl of ['https://graph.microsoft.us', 'https://microsoftgraph.chinacloudapi.cn/v1.0']) {
      expect(() => parseGraphConfig({ ...good, graphBaseUrl })).toThrow(/national clouds are not supported/);
    }
  });

  it('names every setting that is wrong, in plain words', () => {
    expect(() =>
      parseGraphConfig({ tenantId: 'northshire', siteId: 'x', graphBaseUrl: 'https://evil.example.com' }),
    ).toThrow(
      /tenant id \(MAPPA_TENANT_ID\) must be a GUID.*clientId is missing.*site id \(MAPPA_SITE_ID\).*Graph address/,
    );
  });
});
