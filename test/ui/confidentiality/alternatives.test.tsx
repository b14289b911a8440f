/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { DisclosureDecision } from '../../../src/core/disclosure/disclosureDecision.schema';
import { DisclosureDecisionForm } from '../../../src/ui/confidentiality/DisclosureDecisionForm';
import { adultContext, renderWith, testServices } from './support';

describe('alternatives considered in the disclosure decision form', () => {
  it('are asked for and saved with a "not needed" decision, including one preferred to disclosure', async () => {
    const saved: DisclosureDecision[] = [];
    const user = userEvent.setup();
    renderWith(
      testServices(),
      <DisclosureDecisionForm
        decisionId="dis_1"
        caseId="case_1"
        caseReference="MP-2026-0001"
        context={adultContext}
        onSave={(d) => void saved.push(d)}
      />,
    );
    expect(screen.getByRole('radio', { name: 'Disclosure considered: not needed' })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: /Reasons for the decision/ }), 'He will tell her himself');
    await user.click(screen.getByRole('button', { name: 'Add an alternative' }));
    const alt = screen.getByRole('group', { name: 'Alternative 1' });
    await user.type(within(alt).getByRole('textbox', { name: /^Alternative 1/ }), 'Self-disclosure under supervision');
    await user.click(within(alt).getByRole('radio', { name: /Considered and preferred/ }));
    // The reason's question follows what became of the alternative.
    expect(within(alt).queryByRole('textbox', { name: /was rejected/ })).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Still to answer' })).toHaveTextContent(
      'Say why each preferred alternative makes a disclosure by the panel unnecessary.',
    );
    await user.type(
      within(alt).getByRole('textbox', { name: /makes a disclosure by the panel unnecessary/ }),
      'The offender manager will be present',
    );
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({
      outcome: 'notNeeded',
      alternatives: [
        {
          alternative: 'Self-disclosure under supervision',
          result: 'preferred',
          whyRejected: 'The offender manager will be present',
        },
      ],
    });
  });

  it('stay in view when the outcome changes, and can be removed', async () => {
    const user = userEvent.setup();
    renderWith(
      testServices(),
      <DisclosureDecisionForm
        decisionId="dis_1"
        caseId="case_1"
        caseReference="MP-2026-0001"
        coordinatorEmail="coord@probation.example.gov.uk"
        context={adultContext}
        onSave={() => undefined}
      />,
    );
    await user.click(screen.getByRole('radio', { name: 'Disclose' }));
    await user.click(screen.getByRole('button', { name: 'Add an alternative' }));
    await user.type(screen.getByRole('textbox', { name: /^Alternative 1/ }), 'He chooses other work');
    await user.click(screen.getByRole('radio', { name: 'Disclosure considered: not needed' }));
    expect(screen.getByRole('textbox', { name: /^Alternative 1/ })).toHaveValue('He chooses other work');
    await user.click(screen.getByRole('button', { name: 'Remove alternative 1' }));
    expect(screen.queryByRole('group', { name: 'Alternative 1' })).not.toBeInTheDocument();
  });
});
