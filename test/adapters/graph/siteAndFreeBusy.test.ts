import { columnsFor, ensureSite, listNameFor, MINUTES_LIBRARY } from '../../../src/adapters/graph/graphStore';
import { GraphScheduling } from '../../../src/adapters/graph/graphScheduling';
import { seriesKind } from '../../../src/core/panels/series.schema';
import { PermissionError } from '../../../src/core/shared/errors';
import { aPerson } from '../../builders';
import { graphOverFake, SITE_ID } from '../../fakes/graph/harness';
import { APP, storeKinds } from '../../fakes/graph/scenario';

describe('first-run setup of the area site', () => {
  it('creates each list with a unique indexed document id, indexed filter columns, and the minutes library', async () => {
    const { fake, transport } = graphOverFake();
    const first = await ensureSite(transport, SITE_ID, storeKinds);
    expect(first.created).toEqual(expect.arrayContaining([listNameFor('series'), MINUTES_LIBRARY]));
    const lists = [...fake.sites.get(SITE_ID)!.values()];
    expect(lists.find((l) => l.displayName === MINUTES_LIBRARY)?.template).toBe('documentLibrary');
    const series = lists.find((l) => l.displayName === listNameFor('series'))!;
    expect(series.columns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'DocId', indexed: true, enforceUniqueValues: true }),
        expect.objectContaining({ name: 'IxCaseId', indexed: true }),
      ]),
    );
  });

  it('is safe to run again, and adds only what an older site lacks', async () => {
    const { fake, transport } = graphOverFake();
    await ensureSite(transport, SITE_ID, storeKinds);
    const series = [...fake.sites.get(SITE_ID)!.values()].find((l) => l.displayName === listNameFor('series'))!;
    series.columns = series.columns.filter((c) => c.name !== 'IxStatus');
    const again = await ensureSite(transport, SITE_ID, storeKinds);
    expect(again.created).toEqual([`${listNameFor('series')}.IxStatus`]);
    expect(series.columns).toHaveLength(columnsFor(seriesKind).length);
    expect(fake.sites.get(SITE_ID)!.size).toBe(storeKinds.length + 1);
  });
});

describe('free/busy of standing members', () => {
  it('reads busy times and treats people in other tenants as unknown', async () => {
    const { fake, transport } = graphOverFake({
      users: [
        {
          id: 'u-p',
          displayName: 'Pat Police',
          mail: 'pat.police@northshire.example.gov.uk',
          userPrincipalName: 'pat.police@northshire.example.gov.uk',
          userType: 'Member',
        },
      ],
    });
    fake.busy.set('pat.police@northshire.example.gov.uk', [
      { start: '2026-01-12T09:00:00.0000000', end: '2026-01-12T11:00:00.0000000' },
    ]);
    const fb = await new GraphScheduling(transport, APP).freeBusy(
      [
        aPerson({ name: 'Pat Police', email: 'pat.police@northshire.example.gov.uk', agency: 'police' }),
        aPerson({ name: 'Hana Health', email: 'hana.health@nhs.example.nhs.uk', agency: 'health' }),
      ],
      '2026-01-12',
      '2026-03-09',
      'Europe/London',
    );
    expect(fb[0]).toMatchObject({
      availability: 'known',
      busy: [{ start: '2026-01-12T09:00:00Z', end: '2026-01-12T11:00:00Z' }],
    });
    expect(fb[1]).toMatchObject({ availability: 'unknown' });
  });
});

describe('a site the app has not been granted', () => {
  it('names the missing per-site grant rather than failing vaguely', async () => {
    const { transport } = graphOverFake({ siteRole: 'none' });
    const refused = ensureSite(transport, SITE_ID, storeKinds);
    await expect(refused).rejects.toBeInstanceOf(PermissionError);
    await expect(refused).rejects.toThrow(
      /Sites\.Selected.*administrator grants MAPPA Panel access to the area’s site/,
    );
  });
});
