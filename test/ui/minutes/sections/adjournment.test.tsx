/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Minutes } from '../../../../src/core/minutes/minutes.schema';
import { Adjournments } from '../../../../src/ui/minutes/sections/Adjournments';
import { Purpose } from '../../../../src/ui/minutes/sections/Purpose';
import { aCompleteDraft } from '../../../core/minutes/fixtures';
import { renderWith } from '../../../support/renderWith';
import { TestApp } from '../../../support/testApp';
import { SectionHarness } from './harness';

function setup(initial: Minutes, which: 'adjournments' | 'purpose') {
  let latest = initial;
  renderWith(
    TestApp.create().services,
    <SectionHarness initial={initial} onChange={(m) => (latest = m)}>
      {(doc, edit) =>
        which === 'adjournments' ? (
          <Adjournments value={doc.adjournments} edit={edit} />
        ) : (
          <Purpose value={doc.purpose} edit={edit} />
        )
      }
    </SectionHarness>,
  );
  return { user: userEvent.setup(), latest: () => latest };
}

describe('Adjournment', () => {
  it('adjourns the whole meeting with a reason and what is awaited, asking for no discussion name', async () => {
    const { user, latest } = setup(aCompleteDraft(), 'adjournments');
    await user.click(screen.getByRole('button', { name: 'Adjourn a discussion or the meeting' }));
    const a = screen.getByRole('group', { name: 'Adjournment 1' });
    expect(within(a).getByRole('textbox', { name: 'Adjournment 1: discussion adjourned' })).toBeInTheDocument();
    await user.click(within(a).getByRole('radio', { name: 'The whole meeting' }));
    expect(within(a).queryByRole('textbox', { name: 'Adjournment 1: discussion adjourned' })).not.toBeInTheDocument();
    expect(within(a).getByText(/Give the reason for adjourning\./)).toBeInTheDocument();
    await user.type(within(a).getByRole('textbox', { name: 'Adjournment 1: reason' }), 'Leave pending');
    await user.type(within(a).getByRole('textbox', { name: /Adjournment 1: what is awaited/ }), 'Further leave');
    expect(within(a).queryByText(/Give the reason/)).not.toBeInTheDocument();
    expect(latest().adjournments).toEqual([
      { id: expect.any(String), scope: 'meeting', item: '', reason: 'Leave pending', awaiting: 'Further leave' },
    ]);
  });

  it('the next meeting shows each carried item with why and what was awaited, and records what came of it', async () => {
    const m = aCompleteDraft();
    const carried = {
      ...m,
      purpose: {
        ...m.purpose,
        carriedItems: [
          {
            id: 'car_1',
            fromMeetingId: 'mtg_1',
            fromDate: '2026-09-10',
            item: 'Move-on plan',
            reason: 'Report late',
            awaiting: 'Housing report',
            outcome: '',
          },
        ],
      },
    };
    const { user, latest } = setup(carried, 'purpose');
    const agenda = screen.getByRole('region', { name: 'Adjourned items on the agenda' });
    expect(within(agenda).getByText('Move-on plan (adjourned on 10 Sept 2026)')).toBeInTheDocument();
    expect(within(agenda).getByText('Awaiting: Housing report')).toBeInTheDocument();
    await user.type(within(agenda).getByRole('textbox', { name: 'What came of adjourned item 1' }), 'Plan agreed');
    expect(latest().purpose.carriedItems[0]!.outcome).toBe('Plan agreed');
  });
});
