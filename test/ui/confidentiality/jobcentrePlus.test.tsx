/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder, TextEncoder } from 'node:util';

import { auditKind } from '../../../src/core/audit/audit.schema';
import { jobcentrePlusKind, jobcentrePlusRecordId } from '../../../src/core/disclosure/jobcentrePlusRecord';
import { JobcentrePlusNotice } from '../../../src/ui/confidentiality/JobcentrePlusNotice';
import { renderWith, testServices } from './support';

// The Word exporter encodes with TextEncoder, which every browser has and jsdom does not.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });

describe('MAPPA J notification screen', () => {
  it('warns about offence details, saves only once rewritten, then prints and downloads the marked notice', async () => {
    const s = testServices();
    const user = userEvent.setup();
    renderWith(
      s,
      <JobcentrePlusNotice
        caseId="case_1"
        caseReference="MP-2026-0001"
        meetingId="mtg_1"
        nominal={{ name: 'John Example', dateOfBirth: '1988-03-04' }}
      />,
    );
    const form = await screen.findByRole('form', { name: 'MAPPA J notification' });
    // Only what MAPPA J holds: identity, restrictions, risk to staff.
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('John Example');
    expect(within(form).queryByRole('textbox', { name: /offence|victim|address|health/i })).not.toBeInTheDocument();
    const save = within(form).getByRole('button', { name: 'Save the MAPPA J notification' });
    expect(save).toHaveAttribute('aria-disabled', 'true');

    await user.click(within(form).getByRole('button', { name: 'Add a restricted kind of work or training' }));
    const kind = within(form).getByRole('textbox', { name: /^Restriction 1: the kind of work or training/ });
    await user.type(kind, 'No work with children because of his conviction');
    await user.type(within(form).getByLabelText(/^Restriction 1: ends on/), '2028-06-30');
    await user.click(within(form).getByRole('radio', { name: 'No' }));
    expect(
      within(form).getByText(/This mentions a conviction, charge or sentence \(“conviction”\)\. Rewrite it/),
    ).toBeInTheDocument();
    expect(save).toHaveAttribute('aria-disabled', 'true');
    await user.click(save);
    expect(await s.storage.collection(jobcentrePlusKind).get(jobcentrePlusRecordId('case_1'))).toBeUndefined();

    await user.clear(kind);
    await user.type(kind, 'Any work with children under 18');
    expect(within(form).queryByText(/This mentions/)).not.toBeInTheDocument();
    expect(save).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(save);

    const notice = await screen.findByRole('article', { name: 'MAPPA J: notification to Jobcentre Plus' });
    expect(within(notice).getAllByText('OFFICIAL-SENSITIVE')).toHaveLength(2);
    expect(within(notice).getByRole('row', { name: /Restriction 1: work/ })).toHaveTextContent(
      'Any work with children under 18 (until 30 June 2028)',
    );
    expect((await s.storage.collection(jobcentrePlusKind).get(jobcentrePlusRecordId('case_1')))?.doc).toMatchObject({
      meetingId: 'mtg_1',
      notification: { riskToStaff: 'no' },
    });

    const print = jest.fn();
    Object.assign(window, { print });
    await user.click(within(notice).getByRole('button', { name: 'Print the MAPPA J notification' }));
    await waitFor(() => expect(print).toHaveBeenCalled());
    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(within(notice).getByRole('button', { name: 'Download the MAPPA J notification (Word)' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();
    const exports = (await s.storage.collection(auditKind).list({ caseId: 'case_1' }))
      .map((a) => a.doc)
      .filter((a) => a.verb === 'export')
      .map((a) => a.detail.what);
    expect(exports.sort()).toEqual(['MAPPA J notification (docx)', 'MAPPA J notification (print)']);
  });
});
