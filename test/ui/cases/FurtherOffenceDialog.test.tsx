/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { caseKind } from '../../../src/core/cases/case.schema';
import { caseDecisionKind } from '../../../src/core/cases/lifecycle/caseHistory.schema';
import { FurtherOffenceDialog } from '../../../src/ui/cases/FurtherOffenceDialog';
import { aCase, aPerson } from '../../builders';
import { renderWith } from '../../support/renderWith';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@probation.example.gov.uk',
});

/** A case managed at Level 2 since January; the clock frozen on 20 November 2026. */
async function open() {
  const theCase = aCase({ id: 'case_x', reference: 'MP-2026-0417', level: 2 });
  const app = await TestApp.create()
    .as(coordinator)
    .at('2026-11-20T10:00:00Z')
    .withSettings({ coordinators: [coordinator] })
    .seeded(async ({ storage }) => {
      await storage.collection(caseKind).create(theCase);
    });
  const recorded = jest.fn();
  const closed = jest.fn();
  renderWith(app.services, <FurtherOffenceDialog open case={theCase} onClose={closed} onRecorded={recorded} />);
  const dialog = await screen.findByRole('dialog', { name: 'Record a further offence: MP-2026-0417' });
  return { app, dialog, recorded, closed };
}

describe('recording a further offence', () => {
  it('says before confirming that the charge needs a Serious Case Review, then flags it', async () => {
    const { app, dialog, recorded } = await open();
    const user = userEvent.setup();
    const d = within(dialog);
    await user.selectOptions(d.getByRole('combobox', { name: 'Offence charged' }), 'Attempted rape');
    fireEvent.change(d.getByLabelText(/Date charged/), { target: { value: '2026-11-18' } });
    expect(
      await d.findByText('Recording this flags a mandatory Serious Case Review on the register.'),
    ).toBeInTheDocument();

    const action = d.getByRole('button', { name: 'Record the further offence' });
    expect(action).toBeDisabled();
    await user.click(d.getByRole('checkbox', { name: /I confirm the charge and its date are as reported/ }));
    // No rationale yet: the problem is announced, and nothing is written.
    await user.click(action);
    expect(await d.findByRole('alert')).toHaveTextContent('Give the rationale and where the information came from.');
    expect(await app.store.collection(caseDecisionKind).list({ kind: 'seriousFurtherOffence' })).toHaveLength(0);

    await user.type(
      d.getByRole('textbox', { name: /Rationale and where the information came from/ }),
      'Police notified the coordinator by secure e-mail.',
    );
    await user.click(action);
    expect(
      await d.findByText('Recorded. A mandatory Serious Case Review is flagged for MP-2026-0417 on the register.'),
    ).toBeInTheDocument();
    expect(recorded).toHaveBeenCalledWith({ seriousCaseReview: true, alreadyFlagged: false });
    expect((await app.store.collection(caseKind).get('case_x'))?.doc.flags.seriousCaseReview).toBe(true);
  });

  it('says when the offence does not in itself need a review, and keeps the form after a refusal', async () => {
    const { dialog, closed } = await open();
    const user = userEvent.setup();
    const d = within(dialog);
    await user.selectOptions(d.getByRole('combobox', { name: 'Offence charged' }), 'Another offence');
    expect(await d.findByText('This offence does not in itself require a Serious Case Review.')).toBeInTheDocument();
    fireEvent.change(d.getByLabelText(/Date charged/), { target: { value: '2026-11-27' } });
    await user.type(d.getByRole('textbox', { name: /Rationale/ }), 'Reported by the police.');
    await user.click(d.getByRole('checkbox', { name: /I confirm/ }));
    await user.click(d.getByRole('button', { name: 'Record the further offence' }));
    expect(await d.findByRole('alert')).toHaveTextContent('The date charged cannot be after today.');
    expect(d.getByRole('textbox', { name: /Rationale/ })).toHaveValue('Reported by the police.');

    await user.click(d.getByRole('button', { name: 'Cancel' }));
    // The dialog closes itself first, then tells its parent.
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });
});
