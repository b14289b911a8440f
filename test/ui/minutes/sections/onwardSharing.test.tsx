/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Minutes } from '../../../../src/core/minutes/minutes.schema';
import { Media } from '../../../../src/ui/minutes/sections/Media';
import { OnwardSharing } from '../../../../src/ui/minutes/sections/OnwardSharing';
import { aPerson } from '../../../builders';
import { aCompleteDraft } from '../../../core/minutes/fixtures';
import { renderWith } from '../../../support/renderWith';
import { TestApp } from '../../../support/testApp';
import { SectionHarness } from './harness';

const chair = aPerson({ id: 'u_chair', name: 'Cara Chair', agency: 'probation' });

function setup(which: 'onward' | 'media', isChair = true) {
  let latest: Minutes = aCompleteDraft();
  renderWith(
    TestApp.create().as(chair).services,
    <SectionHarness initial={latest} onChange={(m) => (latest = m)}>
      {(doc, edit) =>
        which === 'onward' ? (
          <OnwardSharing value={doc.onwardSharing} edit={edit} isChair={isChair} />
        ) : (
          <Media value={doc.media} edit={edit} />
        )
      }
    </SectionHarness>,
  );
  return { user: userEvent.setup(), latest: () => latest };
}

describe('onward sharing screen', () => {
  it('records who may pass what on, and it goes no further until the chair permits it', async () => {
    const { user, latest } = setup('onward');
    await user.click(screen.getByRole('button', { name: 'Record who may pass information on' }));
    const item = screen.getByRole('group', { name: 'Onward sharing 1' });
    await user.type(within(item).getByRole('textbox', { name: /what may be passed on/ }), 'Discharge date');
    await user.selectOptions(within(item).getByRole('combobox', { name: /supplied by/ }), 'health');
    await user.type(within(item).getByRole('textbox', { name: /who may pass it on/ }), 'Offender manager');
    expect(within(item).getByRole('status')).toHaveTextContent(
      'Not to be passed on yet. Before it can go further: say to whom.',
    );
    await user.type(within(item).getByRole('textbox', { name: /to whom, and why/ }), 'Approved premises manager');
    expect(within(item).getByRole('status')).toHaveTextContent(/Not to be passed on yet\..*chair’s recorded agreement/);
    await user.click(within(item).getByRole('button', { name: 'Record the chair’s permission for onward sharing 1' }));
    expect(within(item).getByRole('status')).toHaveTextContent(/^May be passed on: permitted by Cara Chair \(chair\)/);
    expect(latest().onwardSharing).toEqual([
      expect.objectContaining({
        what: 'Discharge date',
        suppliedBy: 'health',
        passedOnBy: 'Offender manager',
        recipient: 'Approved premises manager',
        permission: expect.objectContaining({ by: 'chair', person: { id: 'u_chair', name: 'Cara Chair' } }),
      }),
    ]);
    // Changing what may go withdraws the permission.
    await user.type(within(item).getByRole('textbox', { name: /to whom, and why/ }), ' and the landlord');
    expect(latest().onwardSharing[0]!.permission).toBeUndefined();
  });

  it('a member who is not the chair cannot give the permission', async () => {
    const { user, latest } = setup('onward', false);
    await user.click(screen.getByRole('button', { name: 'Record who may pass information on' }));
    const item = screen.getByRole('group', { name: 'Onward sharing 1' });
    await user.click(within(item).getByRole('button', { name: 'Record the chair’s permission for onward sharing 1' }));
    expect(within(item).getByRole('alert')).toHaveTextContent(
      'Only the chair can permit information to go beyond the panel.',
    );
    expect(latest().onwardSharing[0]!.permission).toBeUndefined();
  });
});

describe('media and community screen', () => {
  it('records who speaks to the media, the agreed lines and any community disclosure', async () => {
    const { user, latest } = setup('media');
    await user.type(screen.getByRole('textbox', { name: /^Who speaks to the media/ }), 'Police press office');
    await user.type(screen.getByRole('textbox', { name: /^Lines agreed for any enquiry/ }), 'Agencies work together');
    await user.type(screen.getByRole('textbox', { name: /^Community disclosure/ }), 'None needed');
    expect(latest().media).toMatchObject({
      spokesperson: 'Police press office',
      agreedLines: 'Agencies work together',
      communityDisclosure: 'None needed',
    });
  });
});
