/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';

import { Disclosure } from '../../../../src/ui/minutes/sections/Disclosure';
import { aCompleteDraft } from '../../../core/minutes/fixtures';
import { renderWith } from '../../../support/renderWith';
import { TestApp } from '../../../support/testApp';

describe('Disclosure section', () => {
  it('shows the alternatives recorded with a "not needed" decision, and says when there are none', () => {
    const m = aCompleteDraft();
    const first = m.disclosure.decisions[0]!;
    const decisions = [
      {
        ...first,
        alternatives: [
          { alternative: 'He chooses other work', result: 'preferred' as const, whyRejected: 'He has resigned' },
        ],
      },
      { ...first, id: 'dis_2' },
    ];
    renderWith(
      TestApp.create().services,
      <Disclosure
        value={{ ...m.disclosure, decisions }}
        edit={() => undefined}
        disabled
        caseId={m.caseId}
        caseReference={m.caseReference}
        nominal={m.nominal}
        meetingDetails={m.meetingDetails}
        attendance={m.attendance}
      />,
    );
    const list = screen.getByRole('list', { name: 'Alternatives considered for decision 1' });
    expect(within(list).getByText(/He chooses other work: considered and preferred.*He has resigned/)).toBeVisible();
    const second = screen.getByRole('region', { name: 'Disclosure decision 2' });
    expect(within(second).getByText('No alternatives recorded.')).toBeInTheDocument();
  });
});
