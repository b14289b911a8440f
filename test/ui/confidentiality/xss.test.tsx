/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { DisclosureDecisionSchema } from '../../../src/core/disclosure/disclosureDecision.schema';
import { DisclosureDecisionForm } from '../../../src/ui/confidentiality/DisclosureDecisionForm';
import { DisclosureRecordView } from '../../../src/ui/confidentiality/DisclosureRecordView';
import { DistributeDialog } from '../../../src/ui/confidentiality/DistributeDialog';
import { completeDisclosure } from '../../core/confidentiality/fixtures';
import { injectedMarkup, xssFlag, xssPayloads } from '../../fixtures/xss';
import { adultContext, CheckHarness, renderWith, testServices } from './support';

const flag = () => (window as unknown as Record<string, unknown>)[xssFlag];

beforeEach(() => {
  delete (window as unknown as Record<string, unknown>)[xssFlag];
});

/** Types the payload into every text box and text area in `root` and checks each keeps it as plain text. */
function fillAll(root: HTMLElement, payload: string): number {
  const boxes = within(root).queryAllByRole('textbox') as (HTMLInputElement | HTMLTextAreaElement)[];
  for (const box of boxes) fireEvent.change(box, { target: { value: payload } });
  for (const box of within(root).queryAllByRole('textbox') as (HTMLInputElement | HTMLTextAreaElement)[]) {
    if (box.type !== 'email') expect(box.value).toBe(payload);
  }
  return boxes.length;
}

describe.each(xssPayloads.map((p) => [p]))('XSS payload %s', (payload) => {
  afterEach(() => {
    expect(flag()).toBeUndefined();
    expect(injectedMarkup(document.body)).toEqual([]);
  });

  it('stays text in the minimum-necessary check', () => {
    const { container } = renderWith(
      testServices(),
      <CheckHarness agency="health" text={`${payload} full medical records`} />,
    );
    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: /needed to assess/ })).getByRole('radio', { name: 'Yes' }),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Shared without consent' }));
    expect(fillAll(container, payload)).toBeGreaterThanOrEqual(4);
  });

  it('stays text in the disclosure decision form, including the missing list', async () => {
    const { container } = renderWith(
      testServices(),
      <DisclosureDecisionForm
        decisionId="dis_x"
        caseId="case_1"
        caseReference="MP-2026-0001"
        value={completeDisclosure({
          offenderTold: { told: 'no' },
          additionalInformation: [{ information: 'x' }],
          alternatives: [{ alternative: 'a', whyRejected: 'b' }],
        })}
        context={{ ...adultContext, nominal: { ...adultContext.nominal, childSexOffender: true } }}
        onSave={jest.fn()}
      />,
    );
    expect(fillAll(container, payload)).toBeGreaterThanOrEqual(20);
  });

  it('stays text in the printable disclosure record', () => {
    const d = DisclosureDecisionSchema.parse({
      ...completeDisclosure(),
      information: payload,
      recipient: { name: payload, role: payload },
      recipientContact: { name: payload, telephone: '01632 960123', email: payload },
      conditionsOnRecipient: payload,
    });
    renderWith(testServices(), <DisclosureRecordView decision={d} caseId="case_1" caseReference="MP-2026-0001" />);
    const table = screen.getByRole('table');
    expect(table.textContent).toContain(payload.trim());
  });

  it('stays text in the distribution dialog', async () => {
    renderWith(
      testServices(),
      <DistributeDialog
        caseId="case_1"
        caseReference="MP-2026-0001"
        minutesId="min_1"
        buildDocx={async () => new Uint8Array()}
        recipients={[{ name: payload, email: 'olly@probation.example.gov.uk' }]}
        victimFlags={{}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Distribute minutes' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Add an address' }), { target: { value: payload } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Why are they being sent/ }), {
      target: { value: payload },
    });
    expect(within(dialog).getByRole('list', { name: 'Will not receive the minutes' }).textContent).toContain(
      payload.trim(),
    );
    expect(within(dialog).getByRole('list', { name: 'Will receive the minutes' }).textContent).toContain(payload);
  });
});
