/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Minutes } from '../../../../src/core/minutes/minutes.schema';
import { InformationRequests } from '../../../../src/ui/minutes/sections/InformationRequests';
import { aCompleteDraft } from '../../../core/minutes/fixtures';
import { renderWith } from '../../../support/renderWith';
import { TestApp } from '../../../support/testApp';
import { SectionHarness } from './harness';

function setup(initial: Minutes = aCompleteDraft()) {
  let latest = initial;
  renderWith(
    TestApp.create().services,
    <SectionHarness initial={initial} onChange={(m) => (latest = m)}>
      {(doc, edit) => <InformationRequests value={doc.informationRequests} edit={edit} />}
    </SectionHarness>,
  );
  return { user: userEvent.setup(), latest: () => latest };
}

describe('Information-sharing requests section', () => {
  it('records who asked whom for what and why, a partial share with its check, and says what is still needed', async () => {
    const { user, latest } = setup();
    expect(screen.getByText('No requests recorded.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record an information-sharing request' }));
    const req = screen.getByRole('region', { name: 'Request 1' });
    const still = () => within(req).getByRole('group', { name: 'Request 1 still needs' });
    expect(within(still()).getByText('Say who asked.')).toBeInTheDocument();

    await user.type(within(req).getByRole('textbox', { name: 'Request 1: asked by (name and role)' }), 'DS Lee');
    await user.type(
      within(req).getByRole('textbox', { name: /Request 1: document or information asked for/ }),
      'Tribunal report',
    );
    await user.type(within(req).getByRole('textbox', { name: /Request 1: what it is needed for/ }), 'Leave plan');
    expect(within(req).queryByRole('textbox', { name: /exactly what was shared/ })).not.toBeInTheDocument();
    await user.click(within(req).getByRole('radio', { name: 'Shared in part' }));
    await user.type(within(req).getByRole('textbox', { name: /Request 1: reason for the decision/ }), 'Risk part only');
    await user.type(
      within(req).getByRole('textbox', { name: /Request 1: exactly what was shared/ }),
      'Relapse indicators',
    );
    expect(within(still()).getByText('What was shared has not passed the minimum-necessary check.')).toBeVisible();
    expect(within(req).getByRole('group', { name: 'Minimum necessary: request 1' })).toBeInTheDocument();

    const r = latest().informationRequests[0]!;
    expect(r).toMatchObject({
      requestingAgency: 'police',
      holdingAgency: 'health',
      requestedBy: 'DS Lee',
      requested: 'Tribunal report',
      purpose: 'Leave plan',
      decision: 'sharedInPart',
      reason: 'Risk part only',
      shared: 'Relapse indicators',
    });
  });

  it('a declined request asks for no check and, once reasoned, needs nothing more', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Record an information-sharing request' }));
    const req = screen.getByRole('region', { name: 'Request 1' });
    await user.selectOptions(within(req).getByRole('combobox', { name: 'Request 1: agency asking' }), 'housing');
    await user.type(within(req).getByRole('textbox', { name: 'Request 1: asked by (name and role)' }), 'H Officer');
    await user.type(within(req).getByRole('textbox', { name: /asked for/ }), 'Risk assessment');
    await user.type(within(req).getByRole('textbox', { name: /needed for/ }), 'Allocation');
    await user.click(within(req).getByRole('radio', { name: 'Declined' }));
    expect(within(req).queryByRole('group', { name: /Minimum necessary/ })).not.toBeInTheDocument();
    expect(within(req).getByText('Give the reason it was declined.')).toBeInTheDocument();
    await user.type(within(req).getByRole('textbox', { name: /reason for the decision/ }), 'Not needed for housing');
    expect(within(req).queryByRole('group', { name: 'Request 1 still needs' })).not.toBeInTheDocument();
  });
});
