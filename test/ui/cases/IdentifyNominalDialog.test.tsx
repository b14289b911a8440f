/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { caseKind } from '../../../src/core/cases/case.schema';
import { IdentifyNominalDialog } from '../../../src/ui/cases/IdentifyNominalDialog';
import { aPerson } from '../../builders';
import { renderWith } from '../../support/renderWith';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@northshire.example.gov.uk',
});

describe('identifying a new nominal', () => {
  it('shows the category the facts give, keeps the form on a refusal, and records the case', async () => {
    const app = TestApp.create()
      .as(coordinator)
      .at('2026-11-20T10:00:00Z')
      .withSettings({ coordinators: [coordinator] });
    const identified = jest.fn();
    renderWith(app.services, <IdentifyNominalDialog open onClose={() => undefined} onIdentified={identified} />);
    const user = userEvent.setup();
    const person = within(screen.getByRole('group', { name: 'The person' }));
    await user.type(person.getByLabelText(/^Name/), 'Robin Fictional');
    await user.type(screen.getByLabelText(/Date of birth/), '1985-07-09');
    await user.click(screen.getByLabelText(/Registered sexual offender/));
    await user.click(screen.getByLabelText(/Terrorism offence/));
    expect(screen.getByText('This is Category 1: registered sexual offender.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind'), 'community');
    await user.click(screen.getByRole('button', { name: 'Record the case' }));
    expect(await screen.findByText('Give the rationale for the category and level.')).toBeInTheDocument();
    expect(person.getByLabelText(/^Name/)).toHaveValue('Robin Fictional');
    expect(screen.getByText(/Exit from MAPPA due 20 Nov 2031/)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Rationale for the category and level/), 'Registered on conviction');
    await user.click(screen.getByRole('button', { name: 'Record the case' }));
    expect(await screen.findByText(/MP-2026-0001 is recorded: Category 1/)).toBeInTheDocument();
    const [stored] = await app.store.collection(caseKind).list();
    expect(stored?.doc).toMatchObject({
      category: 1,
      level: 1,
      exitDue: '2031-11-20',
      nominal: { name: 'Robin Fictional' },
    });
    expect(identified).toHaveBeenCalledTimes(1);
  });
});
