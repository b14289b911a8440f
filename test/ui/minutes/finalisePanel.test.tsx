/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { MinutesSession } from '../../../src/app/minutes/minutesSession';
import type { CaseAccess } from '../../../src/core/access/policy';
import { ok } from '../../../src/core/shared/result';
import { FinalisePanel } from '../../../src/ui/minutes/FinalisePanel';
import { aCompleteDraft } from '../../core/minutes/fixtures';
import { renderWith } from '../../support/renderWith';
import { TestApp } from '../../support/testApp';

/** A session that signs at once and reports what finalising left undone, as the real one does afterwards. */
function signingSession(decisionsProblem: string | undefined): MinutesSession {
  const doc = aCompleteDraft();
  const session = {
    access: { caseId: doc.caseId, operations: new Set(['finalise']) } as unknown as CaseAccess,
    archiveProblem: undefined,
    decisionsProblem: undefined as string | undefined,
    finalise: async () => {
      session.decisionsProblem = decisionsProblem;
      return ok({ ...doc, status: 'final' as const });
    },
  };
  return session as unknown as MinutesSession;
}

async function finalise(decisionsProblem: string | undefined) {
  const app = TestApp.create();
  renderWith(app.services, <FinalisePanel doc={aCompleteDraft()} session={signingSession(decisionsProblem)} />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Finalise and sign' }));
  await screen.findByText(/The minutes are final and signed/);
}

describe('FinalisePanel', () => {
  it('says when the signed minutes’ decisions did not reach the case, and where to put it right', async () => {
    await finalise('The minutes are signed, but the case was not updated: the case has exited.');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The minutes are signed, but the case was not updated: the case has exited. Change the level, category or next review from the case register.',
    );
  });

  it('warns of nothing when the case took the decisions', async () => {
    await finalise(undefined);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
