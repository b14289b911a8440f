/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { ServicesProvider } from '../../../src/app/ServicesProvider';
import { caseKind } from '../../../src/core/cases/case.schema';
import type { DocumentKind, Identified } from '../../../src/core/storage/defineDocument';
import type { StoragePort } from '../../../src/core/ports';
import PanelsPage from '../../../src/ui/scheduling/PanelsPage';
import { aCase, aPerson } from '../../builders';
import { TestHost } from '../../fakes/testHost';
import { TestApp } from '../../support/testApp';

if (typeof globalThis.structuredClone !== 'function') {
  Object.defineProperty(globalThis, 'structuredClone', {
    configurable: true,
    writable: true,
    value: <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T,
  });
}

const host = new TestHost({
  surface: 'personal',
  capabilities: { stageSharing: false, tabConfiguration: false, nestedAppAuth: false },
});

/**
 * A fake of the area site: until it is set up its lists do not exist (reads fail, as SharePoint
 * answers 404); set-up creates what is missing and reports it, and creates nothing the second time.
 */
class FakeSite {
  readonly store = new MemoryStore();
  private ready = false;
  calls = 0;
  forbidden = false;
  readonly storage: StoragePort = {
    collection: <T extends Identified>(kind: DocumentKind<T>) => {
      const inner = this.store.collection(kind);
      const guard =
        <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
        (...a: A) =>
          this.ready ? f(...a) : Promise.reject(Object.assign(new Error('list not found'), { status: 404 }));
      return {
        get: guard(inner.get.bind(inner)),
        list: guard(inner.list.bind(inner)),
        ids: guard(inner.ids.bind(inner)),
        page: guard(inner.page.bind(inner)),
        create: guard(inner.create.bind(inner)),
        update: guard(inner.update.bind(inner)),
      };
    },
  };
  setUpSite = async (): Promise<{ created: string[] }> => {
    this.calls++;
    if (this.forbidden) throw Object.assign(new Error('Forbidden'), { status: 403, code: 'accessDenied' });
    if (this.ready) return { created: [] };
    this.ready = true;
    return { created: ['Mappa cases', 'Mappa series', 'Mappa meetings', 'Mappa minutes documents'] };
  };
}

async function renderPage(mode: 'graph' | 'local', site = new FakeSite()) {
  await site.store.collection(caseKind).create(aCase({ id: 'case_a', reference: 'MP-2027-0101', level: 2 }));
  const me = aPerson({ id: 'u-coord', name: 'Casey Coordinator', email: 'casey@police.example.gov.uk' });
  const { services } = TestApp.create({
    mode,
    storage: site.store,
    host,
    clock: { now: () => new Date('2027-05-03T09:00:00Z') },
  })
    .as(me)
    .with(mode === 'graph' ? { storage: site.storage, setUpSite: site.setUpSite } : {});
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>
        <PanelsPage />
      </ServicesProvider>
    </FluentProvider>,
  );
  return site;
}

describe('first-run set-up of the area site', () => {
  it('on a first run shows the set-up, runs it, lists what was added, then loads the case register', async () => {
    const site = await renderPage('graph');
    const user = userEvent.setup();
    expect(await screen.findByText(/set up the area site below/)).toBeInTheDocument();
    expect(within(screen.getByRole('combobox', { name: 'Case' })).queryByText(/MP-2027-0101/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Set up the area site' }));
    const added = await screen.findByRole('list', { name: 'Added to the area site' });
    expect(
      within(added)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Mappa cases', 'Mappa series', 'Mappa meetings', 'Mappa minutes documents']);
    expect(await screen.findByRole('option', { name: 'MP-2027-0101 (Level 2)' })).toBeInTheDocument();

    // Safe to run again: nothing is added the second time, and the page says so.
    await user.click(screen.getByRole('button', { name: 'Set up the area site' }));
    expect(await screen.findByText('The area site is already set up: nothing needed adding.')).toBeInTheDocument();
    expect(site.calls).toBe(2);
  });

  it('explains a refusal (403) as the missing per-site grant', async () => {
    const site = new FakeSite();
    site.forbidden = true;
    await renderPage('graph', site);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Set up the area site' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent).join(' ')).toMatch(/per-site Sites\.Selected grant/);
  });

  it('is not offered in local mode', async () => {
    await renderPage('local');
    expect(await screen.findByRole('option', { name: 'MP-2027-0101 (Level 2)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set up the area site' })).toBeNull();
  });
});
