/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { resetMinutesSessions } from '../../../src/app/minutes/useMinutes';
import { ServicesProvider } from '../../../src/app/ServicesProvider';
import { minutesKind } from '../../../src/core/minutes/minutes.schema';
import { sectionIds } from '../../../src/core/minutes/sections';
import SidePanelRunner from '../../../src/ui/minutes/SidePanelRunner';
import { demoServices } from '../../support/demoServices';

const CASE = 'case_demo_0102';

async function open() {
  resetMinutesSessions();
  const services = await demoServices();
  const user = userEvent.setup();
  render(
    <ServicesProvider services={services}>
      <SidePanelRunner caseId={CASE} />
    </ServicesProvider>,
  );
  await screen.findByText(`Step 1 of ${sectionIds.length}`);
  return { services, user };
}

describe('SidePanelRunner', () => {
  it('prepares the review and walks the steps by keyboard, moving focus to each step’s heading', async () => {
    const { user } = await open();
    expect(screen.getByRole('heading', { name: 'Meeting details' })).toBeInTheDocument();
    const next = screen.getByRole('button', { name: 'Next step' });
    next.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(`Step 2 of ${sectionIds.length}`)).toBeInTheDocument();
    const heading = screen.getByRole('heading', { name: 'Statements read by the chair' });
    await waitFor(() => expect(heading).toHaveFocus());
    const list = screen.getByRole('combobox', { name: 'Go to section' });
    await user.selectOptions(list, 'previousActions');
    expect(await screen.findByRole('heading', { name: 'Review of previous actions' })).toBeInTheDocument();
    // Choosing from the list leaves focus there, so arrow keys can go on choosing.
    expect(list).toHaveFocus();
    // Carried over from the previous meeting: the open and in-progress actions of the case.
    expect(await screen.findByText(/Action 1 of \d+; 0 reviewed/)).toBeInTheDocument();
  });

  it('needs a note for “not done”, then records the outcome and moves to the next action', async () => {
    const { user } = await open();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Go to section' }), 'previousActions');
    await screen.findByText(/Action 1 of (\d+); 0 reviewed/);
    await user.click(screen.getByRole('radio', { name: 'Not done: the owning agency did not act' }));
    await user.click(screen.getByRole('button', { name: 'Record outcome' }));
    expect(await screen.findByText('Add a note saying why the action was not done.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Note \(required\)/ }), 'No officer allocated');
    await user.click(screen.getByRole('button', { name: 'Record outcome' }));
    expect(await screen.findByText(/Action 2 of \d+; 1 reviewed/)).toBeInTheDocument();
  });

  it('adds an action from a pillar with the one short form and saves it', async () => {
    const { user, services } = await open();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Go to section' }), 'plan');
    const pillar = await screen.findByRole('region', { name: 'Monitoring & Control' });
    await user.click(within(pillar).getByRole('button', { name: 'Add an action to Monitoring & Control' }));
    const form = within(pillar).getByRole('form', { name: 'New action for Monitoring & Control' });
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Describe the action. Choose who owns the action.');
    await user.type(
      within(form).getByRole('textbox', { name: 'Action' }),
      'Check the exclusion zone with the EM provider',
    );
    const owner = within(form).getByRole('combobox', { name: 'Owner' });
    const firstPerson = within(owner).getAllByRole('option')[1] as HTMLOptionElement;
    await user.selectOptions(owner, firstPerson.value);
    await user.type(within(form).getByLabelText('Due date'), '2026-12-15');
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    expect(await within(pillar).findByText('Monitoring & Control: 1 action')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeInTheDocument(), { timeout: 15_000 });
    const saved = (await services.storage.collection(minutesKind).list({ caseId: CASE }))[0]?.doc;
    expect(saved?.actions).toEqual([
      expect.objectContaining({
        pillar: 'monitoringControl',
        text: 'Check the exclusion zone with the EM provider',
        dueDate: '2026-12-15',
      }),
    ]);
    expect(saved?.currentStep).toBe('plan');
  });
});
