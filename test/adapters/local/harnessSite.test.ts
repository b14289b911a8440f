import { harnessSiteOf, harnessSiteSetUp } from '../../../src/adapters/local/harnessSite';
import { surfaceUrl } from '../../../src/harness/settings';

describe('the Microsoft 365 site the host harness pretends in local mode', () => {
  it('is read from the address the harness frames the personal tab at, and nothing else is taken for it', () => {
    for (const site of ['new', 'refused'] as const) {
      const url = surfaceUrl({ surface: 'personal', page: 'panels', site }, 'http://localhost');
      expect(harnessSiteOf(new URL(url).search)).toBe(site);
    }
    expect(
      harnessSiteOf(new URL(surfaceUrl({ surface: 'personal', page: 'panels' }, 'http://localhost')).search),
    ).toBeUndefined();
    expect(harnessSiteOf('?site=anything')).toBeUndefined();
    expect(harnessSiteOf('')).toBeUndefined();
  });

  it('a new site gets its lists once, then has nothing to add', async () => {
    const setUp = harnessSiteSetUp('new');
    const first = await setUp();
    expect(first.created.length).toBeGreaterThan(0);
    await expect(setUp()).resolves.toEqual({ created: [] });
  });

  it('a refused site answers 403, as Microsoft Graph does without the per-site grant', async () => {
    await expect(harnessSiteSetUp('refused')()).rejects.toMatchObject({ status: 403 });
  });
});
