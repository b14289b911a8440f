/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';

import { PersonalSurface } from '../../../../src/ui/surfaces/personal/PersonalSurface';
import { aPerson } from '../../../builders';
import { TestHost } from '../../../fakes/testHost';
import { renderWith } from '../../../support/renderWith';
import { TestApp } from '../../../support/testApp';

const coordinator = aPerson({
  id: 'u-coord',
  name: 'Casey Coordinator',
  email: 'casey.coordinator@police.example.gov.uk',
  agency: 'police',
});
const member = aPerson({
  id: 'u-mem',
  name: 'Mo Member',
  email: 'mo.member@housing.example.gov.uk',
  agency: 'housing',
});

function renderAs(person: typeof coordinator, hash: string) {
  window.history.replaceState(null, '', hash);
  const app = TestApp.create({ host: new TestHost({ surface: 'personal' }) })
    .as(person)
    .withSettings({ coordinators: [coordinator] });
  renderWith(app.services, <PersonalSurface />);
}

const navLinks = () =>
  within(screen.getByRole('navigation', { name: 'MAPPA Panel pages' }))
    .getAllByRole('link')
    .map((l) => l.textContent);

describe('the personal tabs’ navigation', () => {
  it('offers All actions and the audit to the area’s coordinators', async () => {
    renderAs(coordinator, '#/accessibility');
    expect(navLinks()).toEqual(expect.arrayContaining(['All actions', 'Audit']));
  });

  it('does not offer All actions or the audit to anyone else', async () => {
    renderAs(member, '#/accessibility');
    expect(navLinks()).not.toContain('All actions');
    expect(navLinks()).not.toContain('Audit');
    expect(navLinks()).toContain('My actions');
  });

  it('still answers a direct address to All actions with the page’s refusal', async () => {
    renderAs(member, '#/panels/actions');
    // The page loads lazily, as in the app.
    expect(
      await screen.findByText(/This list is for MAPPA coordinators\./, undefined, { timeout: 20_000 }),
    ).toBeTruthy();
    expect(navLinks()).not.toContain('All actions');
  });
});
