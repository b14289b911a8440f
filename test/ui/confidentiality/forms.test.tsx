/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { auditKind } from '../../../src/core/audit/audit.schema';
import type { MinimumNecessaryAnswers } from '../../../src/core/confidentiality/minimumNecessary';
import type { DisclosureDecision } from '../../../src/core/disclosure/disclosureDecision.schema';
import { DisclosureDecisionForm } from '../../../src/ui/confidentiality/DisclosureDecisionForm';
import { DistributeDialog } from '../../../src/ui/confidentiality/DistributeDialog';
import { aPerson } from '../../builders';
import { completeDisclosure } from '../../core/confidentiality/fixtures';
import { adultContext, CheckHarness, renderWith, testServices } from './support';

describe('minimum-necessary check', () => {
  it('asks the four questions and records the answers', async () => {
    const values: MinimumNecessaryAnswers[] = [];
    renderWith(
      testServices(),
      <CheckHarness agency="housing" text="Tenancy from 1 December" onValue={(v) => values.push(v)} />,
    );
    expect(screen.getByRole('group', { name: 'Still to answer' })).toBeInTheDocument();
    const needed = screen.getByRole('radiogroup', { name: /needed to assess or manage/ });
    await userEvent.click(within(needed).getByRole('radio', { name: 'Yes' }));
    await userEvent.type(screen.getByRole('textbox', { name: /How does it bear/ }), 'Shows where he will live');
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: /least information/ })).getByRole('radio', { name: 'Yes' }),
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Shared without consent' }));
    await userEvent.type(screen.getByRole('textbox', { name: /without consent/ }), 'Asking would raise the risk');
    await userEvent.type(screen.getByRole('textbox', { name: /onward use/ }), 'Not beyond the panel');
    await userEvent.click(screen.getByRole('checkbox', { name: /about a victim/ }));
    expect(screen.queryByRole('group', { name: 'Still to answer' })).not.toBeInTheDocument();
    expect(values.at(-1)).toMatchObject({
      neededForRisk: 'yes',
      leastThatServes: 'yes',
      consent: 'notObtained',
      reasonWithoutConsent: 'Asking would raise the risk',
      onwardUse: 'Not beyond the panel',
      aboutVictim: true,
    });
  });

  it('gives health the specific guidance and prompts on over-sharing', () => {
    renderWith(
      testServices(),
      <CheckHarness agency="health" text="Attached is the full psychiatric report; he takes 20 mg olanzapine" />,
    );
    const guidance = screen.getByRole('note', { name: 'Health information guidance' });
    // One sentence to a line, so it reads in a 280 px side panel.
    expect(
      within(guidance)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Share: Identity, nature of the offence.*contact details\.$/),
      expect.stringMatching(/^Risk-relevant clinical information.*only when the risk needs it\.$/),
      'Never full psychiatric reports or medical records.',
      'Usually not medication or developmental history.',
    ]);
    const flags = screen.getByRole('status', { name: 'Possible over-sharing' });
    expect(flags).toHaveTextContent(/Full report or records/);
    expect(flags).toHaveTextContent(/Medication/);
  });

  it('prompts on the guidance’s categories as written, each prompt’s guidance one sentence to a line', () => {
    renderWith(
      testServices(),
      <CheckHarness
        agency="health"
        text="He was abused by his stepfather as a boy. His mother has dementia. Stopping treatment is his relapse indicator."
      />,
    );
    const flags = screen.getByRole('status', { name: 'Possible over-sharing' });
    const items = within(flags).getAllByRole('listitem');
    const abuse = items.find((li) => li.textContent?.startsWith('History of abuse or trauma'))!;
    expect(abuse).toHaveTextContent('History of abuse or trauma (“was abused”)');
    expect(
      within(abuse)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'A history of abuse or trauma is usually not shared.',
      'If it bears on the risk, say how (for example a trigger to avoid) rather than what happened.',
    ]);
    expect(flags).toHaveTextContent(/Someone else’s health \(“His mother has dementia”\)/);
    expect(flags).not.toHaveTextContent(/Medication/);
  });

  it('does not prompt on the risk-management information the guidance asks for', () => {
    renderWith(
      testServices(),
      <CheckHarness
        agency="health"
        text="Stopping his medication has preceded both offences and is the main relapse indicator."
      />,
    );
    expect(screen.queryByRole('status', { name: 'Possible over-sharing' })).not.toBeInTheDocument();
  });

  it('does not prompt other agencies about health detail', () => {
    renderWith(testServices(), <CheckHarness agency="police" text="He takes olanzapine" />);
    expect(screen.queryByRole('status', { name: 'Possible over-sharing' })).not.toBeInTheDocument();
  });
});

describe('disclosure decision form', () => {
  const props = {
    decisionId: 'dis_1',
    caseId: 'case_1',
    caseReference: 'MP-2026-0001',
    coordinatorEmail: 'coord@probation.example.gov.uk',
  };

  it('blocks saving a decision to disclose until every item is answered, listing what is missing', async () => {
    const onSave = jest.fn();
    renderWith(testServices(), <DisclosureDecisionForm {...props} context={adultContext} onSave={onSave} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Disclose' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Reasons for the decision/ }), 'Partner has children');
    const missing = screen.getByRole('list', { name: 'Still to answer' });
    expect(missing).toHaveTextContent(/lawful basis/);
    expect(missing).toHaveTextContent(/point of contact/);
    const save = screen.getByRole('button', { name: 'Save decision' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(save);
    fireEvent.submit(screen.getByRole('form', { name: 'Disclosure decision' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a complete decision and reports it to the coordinator without content', async () => {
    const s = testServices();
    const saved: DisclosureDecision[] = [];
    renderWith(
      s,
      <DisclosureDecisionForm
        {...props}
        value={completeDisclosure()}
        context={adultContext}
        onSave={(d) => void saved.push(d)}
      />,
    );
    expect(screen.queryByRole('list', { name: 'Still to answer' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText(/reported to the MAPPA coordinator/)).toBeInTheDocument();
    expect(saved[0]).toMatchObject({ outcome: 'disclose', recordedAt: '2026-11-20T10:00:00.000Z' });
    expect(s.sent).toHaveLength(1);
    expect(s.sent[0]?.body).not.toContain(completeDisclosure().information);
    expect(await s.storage.collection(auditKind).list({ verb: 'disclosure' })).toHaveLength(1);
  });

  it('prompts the child-sex-offender presumption', () => {
    renderWith(
      testServices(),
      <DisclosureDecisionForm
        {...props}
        context={{ ...adultContext, nominal: { ...adultContext.nominal, childSexOffender: true } }}
        onSave={jest.fn()}
      />,
    );
    expect(screen.getByRole('note')).toHaveTextContent(/presumption that disclosure will take place/);
  });

  it('records no decision for a nominal under 18 until senior youth justice and children’s services are present', async () => {
    const yj = aPerson({ id: 'u_yj', name: 'Yan Youth', agency: 'youthJustice', role: 'YOT manager' });
    const cs = aPerson({ id: 'u_cs', name: 'Cas Children', agency: 'childrensServices', role: 'Team manager' });
    const onSave = jest.fn();
    renderWith(
      testServices(),
      <DisclosureDecisionForm
        {...props}
        value={{ ...completeDisclosure(), outcome: 'notNeeded' }}
        context={{
          ...adultContext,
          nominal: { ...adultContext.nominal, dateOfBirth: '2010-01-01' },
          attendeesPresent: [yj, cs],
        }}
        onSave={onSave}
      />,
    );
    expect(screen.getByRole('list', { name: 'Still to answer' })).toHaveTextContent(/senior youth justice/);
    expect(screen.getByRole('button', { name: 'Save decision' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Senior youth offending team/ }), 'u_yj');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Senior children's services/ }), 'u_cs');
    await userEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  });
});

describe('distribute dialog', () => {
  const base = {
    caseId: 'case_1',
    caseReference: 'MP-2026-0001',
    minutesId: 'min_1',
    buildDocx: async () => new Uint8Array([80, 75, 3, 4]),
  };

  it('refuses non-approved and victim addresses, and sends only to approved ones with an audit event', async () => {
    const s = testServices();
    renderWith(
      s,
      <DistributeDialog
        {...base}
        recipients={[
          { id: 'u_om', name: 'Olly OM', email: 'olly@probation.example.gov.uk' },
          { id: 'u_v', name: 'Vera Victim', email: 'vera@probation.example.gov.uk' },
        ]}
        victimFlags={{ personIds: ['u_v'] }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Distribute minutes' }));
    await screen.findByRole('dialog', {}, { timeout: 15_000 });
    await userEvent.type(screen.getByRole('textbox', { name: 'Add an address' }), 'someone@mail.example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    const refused = screen.getByRole('list', { name: 'Will not receive the minutes' });
    expect(refused).toHaveTextContent(/Vera Victim.*flagged as a victim/);
    expect(refused).toHaveTextContent(/someone@mail.example.com.*not on the area’s approved secure domains/);
    expect(refused).toHaveTextContent(/executive summary/);
    expect(screen.getByRole('list', { name: 'Will receive the minutes' })).toHaveTextContent('Olly OM');

    await userEvent.click(screen.getByRole('button', { name: 'Send minutes' }));
    expect(await screen.findByText('Minutes sent to 1 person.')).toBeInTheDocument();
    expect(s.sent).toHaveLength(1);
    expect(s.sent[0]?.to).toEqual(['olly@probation.example.gov.uk']);
    expect(s.sent[0]?.attachments?.[0]?.base64).toBe('UEsDBA==');
    const audit = (await s.storage.collection(auditKind).list()).map((r) => r.doc);
    expect(audit.map((e) => e.verb).sort()).toEqual(['distribute', 'refuse']);
    expect(audit.find((e) => e.verb === 'distribute')).toMatchObject({
      actor: { id: 'u_chair' },
      reason: 'Final minutes to the panel’s attendees',
    });
  });

  it('cannot send without a reason or without an approved recipient', async () => {
    const s = testServices();
    renderWith(
      s,
      <DistributeDialog {...base} recipients={[{ name: 'Gail', email: 'gail@mail.example.com' }]} victimFlags={{}} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Distribute minutes' }));
    await screen.findByRole('dialog', {}, { timeout: 15_000 });
    expect(screen.getByRole('button', { name: 'Send minutes' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Send minutes' }));
    expect(s.sent).toEqual([]);
  });
});
