/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { screeningKind } from '../../../src/core/cases/lifecycle/screening';
import { ScreeningDialog } from '../../../src/ui/cases/ScreeningDialog';
import { renderWith } from '../../support/renderWith';
import { TestApp } from '../../support/testApp';

describe('screening a person (MAPPA Q)', () => {
  it('asks the questions in order, needs the endorsement, and leads a Level 2 outcome to a referral', async () => {
    const app = TestApp.create().at('2026-11-20T10:00:00Z');
    renderWith(app.services, <ScreeningDialog open onClose={() => undefined} />);
    const user = userEvent.setup();
    const person = within(screen.getByRole('group', { name: 'The person' }));
    fireEvent.change(person.getByLabelText(/^Name/), { target: { value: 'Jo Fictional' } });
    fireEvent.change(person.getByLabelText(/Date of birth/), { target: { value: '1991-03-03' } });
    expect(screen.queryByLabelText('Agencies that need to meet and collaborate')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Category 2/ }));
    fireEvent.change(screen.getByLabelText('Agencies that need to meet and collaborate'), { target: { value: '3' } });
    expect(screen.queryByText(/Step 3/)).not.toBeInTheDocument();
    const both = within(screen.getByRole('radiogroup', { name: 'Are police and probation both involved?' }));
    await user.click(both.getByRole('radio', { name: 'Yes' }));
    const step3 = within(screen.getByRole('radiogroup', { name: /Step 3/ }));
    await user.click(step3.getByRole('radio', { name: 'No' }));
    expect(screen.getByText(/Outcome: Level 2/)).toBeInTheDocument();
    await user.type(
      screen.getByLabelText(/Rationale for the outcome/),
      'Police, probation and housing must plan together',
    );
    await user.click(screen.getByRole('button', { name: 'Record the screening' }));
    expect(await screen.findByText('Name the line manager who endorses the decision.')).toBeInTheDocument();

    const manager = within(screen.getByRole('group', { name: 'Line manager' }));
    fireEvent.change(manager.getByLabelText('Name'), { target: { value: 'Sol Senior' } });
    fireEvent.change(manager.getByLabelText('Secure e-mail address'), {
      target: { value: 'sol.senior@probation.example.gov.uk' },
    });
    await user.click(screen.getByRole('radio', { name: 'Endorsed' }));
    await user.click(screen.getByRole('button', { name: 'Record the screening' }));
    expect(await screen.findByText(/Screening recorded: Level 2/)).toBeInTheDocument();
    expect((await app.store.collection(screeningKind).list())[0]?.doc).toMatchObject({ outcome: 2 });

    await user.click(screen.getByRole('button', { name: 'Refer for Level 2 (MAPPA A)' }));
    expect(await screen.findByText('Refer to MAPPA Level 2 or 3 (MAPPA A)')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'The person' })).getByLabelText(/^Name/)).toHaveValue(
      'Jo Fictional',
    );
  });
});
