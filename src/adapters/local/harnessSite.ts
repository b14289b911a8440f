/**
 * The area's Microsoft 365 site as the host harness pretends it to be, so the first-run site set-up
 * (shown on the Panels pages) can be tried and tested in local mode, where there is no site. The
 * harness (`site` in src/harness/settings.ts) passes `site=new` (nothing set up yet) or
 * `site=refused` (the per-site grant missing) in the personal tab's address; without it local mode
 * offers no set-up. Nothing leaves the browser.
 */
const HARNESS_SITES = ['new', 'refused'] as const;
export type HarnessSite = (typeof HARNESS_SITES)[number];

/** What a first run adds to an empty site: one list per kind of record, and the minutes library. */
const FIRST_RUN = ['Mappa cases', 'Mappa series', 'Mappa meetings', 'Mappa actions', 'Mappa minutes documents'];

/** The pretended site a surface's address asks for, if any. */
export function harnessSiteOf(search: string): HarnessSite | undefined {
  const value = new URLSearchParams(search).get('site');
  return HARNESS_SITES.find((s) => s === value);
}

/**
 * The set-up against the pretended site: a new site gets its lists once, then has nothing to add
 * (as the real set-up, safe to run again); a refused one answers 403 as Microsoft Graph does
 * without the Sites.Selected grant.
 */
export function harnessSiteSetUp(site: HarnessSite): () => Promise<{ created: string[] }> {
  let setUp = false;
  return async () => {
    if (site === 'refused') throw Object.assign(new Error('Access denied to the area site'), { status: 403 });
    const created = setUp ? [] : [...FIRST_RUN];
    setUp = true;
    return { created };
  };
}
