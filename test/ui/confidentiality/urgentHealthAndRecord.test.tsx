/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder, TextEncoder } from 'node:util';

import { auditKind } from '../../../src/core/audit/audit.schema';
import { DisclosureDecisionForm } from '../../../src/ui/confidentiality/DisclosureDecisionForm';
import { DisclosureRecordView } from '../../../src/ui/confidentiality/DisclosureRecordView';
import { completeDisclosure } from '../../core/confidentiality/fixtures';
import { adultContext, renderWith, testServices } from './support';

// The Word exporter encodes with TextEncoder, which every browser has and jsdom does not.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });

const props = {
  decisionId: 'dis_1',
  caseId: 'case_1',
  caseReference: 'MP-2026-0001',
  coordinatorEmail: 'coord@probation.example.gov.uk',
};

describe('D19 and D20 in the disclosure decision form', () => {
  it('an urgent disclosure asks who authorised it, when and why it could not wait', async () => {
    const user = userEvent.setup();
    renderWith(
      testServices(),
      <DisclosureDecisionForm
        {...props}
        value={completeDisclosure()}
        context={adultContext}
        onSave={() => undefined}
      />,
    );
    expect(screen.queryByRole('list', { name: 'Still to answer' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'This disclosure could not wait for a meeting' }));
    const missing = screen.getByRole('list', { name: 'Still to answer' });
    expect(missing).toHaveTextContent('Name the senior manager who authorised the urgent disclosure.');
    await user.type(screen.getByRole('textbox', { name: /Authorised by/ }), 'Rowan Example, Head of Public Protection');
    await user.type(screen.getByRole('textbox', { name: /Why it could not wait/ }), 'He moves in on Saturday');
    expect(screen.getByRole('list', { name: 'Still to answer' })).toHaveTextContent(
      'Say on what day it was authorised.',
    );
  });

  it('health information without consent needs the public-interest reason and the Caldicott Guardian', async () => {
    const user = userEvent.setup();
    renderWith(
      testServices(),
      <DisclosureDecisionForm
        {...props}
        value={completeDisclosure()}
        context={adultContext}
        onSave={() => undefined}
      />,
    );
    const group = screen.getByRole('group', { name: /Health information and consent/ });
    await user.click(within(group).getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('radio', { name: 'Consent refused' }));
    const missing = screen.getByRole('list', { name: 'Still to answer' });
    expect(missing).toHaveTextContent(
      'Give the public-interest reason for disclosing health information without consent.',
    );
    expect(missing).toHaveTextContent('Name the Caldicott Guardian or senior clinician consulted');
  });
});

describe('disclosure record in Word', () => {
  it('downloads as Word after the export is audited', async () => {
    const s = testServices();
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => (created.push(b), 'blob:record'));
    URL.revokeObjectURL = jest.fn();
    renderWith(
      s,
      <DisclosureRecordView decision={completeDisclosure()} caseId="case_1" caseReference="MP-2026-0001" />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download the disclosure record (Word)' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const events = await s.storage.collection(auditKind).list({ verb: 'export' });
    expect(events).toHaveLength(1);
    expect(events[0]!.doc.detail).toMatchObject({ what: 'disclosure record (docx)' });
    expect(created[0]!.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});
