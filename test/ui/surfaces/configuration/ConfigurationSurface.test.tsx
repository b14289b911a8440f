/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ServicesProvider } from '../../../../src/app/ServicesProvider';
import { caseKind } from '../../../../src/core/cases/case.schema';
import { ConfigurationSurface } from '../../../../src/ui/surfaces/configuration/ConfigurationSurface';
import { demoServices } from '../../../support/demoServices';

const ORIGIN = 'https://mappa.example.gov.uk';

let activeCases = 0;

async function renderPage() {
  const services = await demoServices();
  render(
    <ServicesProvider services={services}>
      <ConfigurationSurface origin={ORIGIN} />
    </ServicesProvider>,
  );
  await screen.findByRole('radiogroup', { name: 'Which case is this panel for?' });
  activeCases = (await services.storage.collection(caseKind).list({ status: 'active' })).length;
  return services.host;
}

describe('configuration page', () => {
  it('lists active cases by reference and level only', async () => {
    await renderPage();
    expect(screen.getByRole('radio', { name: 'MP-2026-0102, Level 3' })).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(activeCases);
    expect(activeCases).toBeGreaterThan(4);
    expect(document.body).not.toHaveTextContent('Harrowgate');
  });

  it('enables Save only once a case is chosen, and saves a tab bound to it', async () => {
    const user = userEvent.setup();
    const host = await renderPage();
    expect(host.validity).toEqual([false]);
    expect(() => host.pressSave()).toThrow('Choose a case before saving.');

    await user.click(screen.getByRole('radio', { name: 'MP-2026-0102, Level 3' }));
    expect(host.validity.at(-1)).toBe(true);
    expect(host.pressSave()).toEqual({
      entityId: 'case_demo_0102',
      contentUrl: `${ORIGIN}/tab.html?caseId=case_demo_0102`,
      websiteUrl: `${ORIGIN}/tab.html?caseId=case_demo_0102`,
      suggestedDisplayName: 'MAPPA panel MP-2026-0102',
    });
  });

  it('can be operated by keyboard', async () => {
    const user = userEvent.setup();
    const host = await renderPage();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(host.validity.at(-1)).toBe(true);
    expect(host.pressSave().entityId).toMatch(/^case_demo_/);
  });
});
