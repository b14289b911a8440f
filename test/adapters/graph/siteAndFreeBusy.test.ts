import {
  CASE_LIBRARY,
  caseLibraryColumns,
  columnsFor,
  ensureSite,
  listNameFor,
  MINUTES_LIBRARY,
} from '../../../src/adapters/graph/graphStore';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { GraphScheduling } from '../../../src/adapters/graph/graphScheduling';
import { PermissionError } from '../../../src/core/shared/errors';
import { aPerson } from '../../builders';
import { graphOverFake, SITE_ID } from '../../fakes/graph/harness';
import { APP, storeKinds } from '../../fakes/graph/scenario';

describe('first-run setup of the area site', () => {
  it('creates each list with a unique indexed document id, indexed filter columns, and the minutes library', async () => {
    const { fake, transport } = graphOverFake();
    const first = await ensureSite(transport, SITE_ID, storeKinds);
    expect(first.created).toEqual(expect.arrayContaining([listNameFor('audit'), CASE_LIBRARY, MINUTES_LIBRARY]));
    const lists = [...fake.sites.get(SITE_ID)!.values()];
    expect(lists.find((l) => l.displayName === MINUTES_LIBRARY)?.template).toBe('documentLibrary');
    const audit = lists.find((l) => l.displayName === listNameFor('audit'))!;
    expect(audit.columns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'DocId', indexed: true, enforceUniqueValues: true }),
        expect.objectContaining({ name: 'IxCaseId', indexed: true }),
      ]),
    );
  });

  it('keeps what belongs to a case in one library, whose columns serve every kind it holds', async () => {
    const { fake, transport } = graphOverFake();
    await ensureSite(transport, SITE_ID, storeKinds);
    const lists = [...fake.sites.get(SITE_ID)!.values()];
    // Cases, series, meetings, actions and written updates have no list of their own.
    expect(lists.map((l) => l.displayName).sort()).toEqual(
      [listNameFor('audit'), CASE_LIBRARY, MINUTES_LIBRARY].sort(),
    );
    const library = lists.find((l) => l.displayName === CASE_LIBRARY)!;
    expect(library.template).toBe('documentLibrary');
    const names = library.columns.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['DocId', 'Kind', 'IxCaseId', 'IxOwnerEmail', 'IxReference']));
    expect(new Set(names).size).toBe(names.length);
    // SharePoint allows 20 indexed columns in a list.
    expect(library.columns.filter((c) => c.indexed).length).toBeLessThanOrEqual(20);
  });

  it('is safe to run again, and adds only what an older site lacks', async () => {
    const { fake, transport } = graphOverFake();
    await ensureSite(transport, SITE_ID, storeKinds);
    const lists = [...fake.sites.get(SITE_ID)!.values()];
    const audit = lists.find((l) => l.displayName === listNameFor('audit'))!;
    const library = lists.find((l) => l.displayName === CASE_LIBRARY)!;
    audit.columns = audit.columns.filter((c) => c.name !== 'IxVerb');
    library.columns = library.columns.filter((c) => c.name !== 'IxStatus');
    const again = await ensureSite(transport, SITE_ID, storeKinds);
    expect(again.created.sort()).toEqual([`${listNameFor('audit')}.IxVerb`, `${CASE_LIBRARY}.IxStatus`].sort());
    expect(audit.columns).toHaveLength(columnsFor(auditKind).length);
    expect(library.columns).toHaveLength(
      caseLibraryColumns(storeKinds.filter((k) => k.name !== auditKind.name)).length,
    );
    expect(fake.sites.get(SITE_ID)!.size).toBe(3);
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
