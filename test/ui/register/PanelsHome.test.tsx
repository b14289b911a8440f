/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { caseKind } from '../../../src/core/cases/case.schema';
import { referralKind, type Referral } from '../../../src/core/cases/lifecycle/referral.schema';
import { meetingKind } from '../../../src/core/panels/series.schema';
import type { Person } from '../../../src/core/people/agency';
import type { BankHolidaysPort } from '../../../src/core/ports';
import type { Holiday } from '../../../src/core/scheduling/cadence';
import PanelsHome from '../../../src/ui/register/PanelsHome';
import { aCase, aPerson } from '../../builders';
import { TestHost } from '../../fakes/testHost';
import { renderWith } from '../../support/renderWith';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u-coord',
  name: 'Casey Coordinator',
  email: 'casey.coordinator@police.example.gov.uk',
  agency: 'police',
});
const outsider = aPerson({
  id: 'u-out',
  name: 'Olly Outsider',
  email: 'olly@housing.example.gov.uk',
  agency: 'housing',
});
const nominal = (name: string, dateOfBirth = '1980-02-02') => ({ ...aCase().nominal, name, dateOfBirth });

const referrer = aPerson({ id: 'u-om', name: 'Omar Manager', email: 'omar.manager@nhs.example.net', agency: 'health' });

/** Received a fortnight before the register opens, so its 10 working days have run out. */
const overdueReferral: Referral = {
  id: 'ref_late',
  area: 'Northshire',
  level: 3,
  category: 2,
  nominal: nominal('Kit Fictional', '1992-02-02'),
  leadAgency: 'health',
  reasons: 'Escalating threats',
  risk: 'Known adult',
  addedValue: 'Police and housing together',
  referrer,
  submittedAt: '2026-10-30T09:00:00.000Z',
  receivedOn: '2026-10-30',
  decisionDue: '2026-11-13',
  status: 'awaiting',
};

async function renderHome({
  as = coordinator,
  hash = '#/panels',
  referrals = [],
  bankHolidays,
}: { as?: Person; hash?: string; referrals?: Referral[]; bankHolidays?: BankHolidaysPort } = {}) {
  window.history.replaceState(null, '', hash);
  const app = TestApp.create({
    host: new TestHost({ surface: 'personal' }),
    clock: { now: () => new Date('2026-11-18T14:30:00Z') },
    bankHolidays,
  })
    .as(as)
    .withSettings({ coordinators: [coordinator] });
  const cases = app.store.collection(caseKind);
  await cases.create(aCase({ id: 'case_a', reference: 'MP-2026-0201', level: 3, nominal: nominal('Alex Amberley') }));
  await cases.create(
    aCase({
      id: 'case_b',
      reference: 'MP-2026-0202',
      category: 1,
      nominal: nominal('Bryn Castellan', '2010-01-01'),
      exitDue: '2026-12-01',
    }),
  );
  await cases.create(
    aCase({
      id: 'case_c',
      reference: 'MP-2026-0203',
      category: 4,
      status: 'exited',
      exitedAt: '2026-09-01T10:00:00Z',
      nominal: nominal('Cerys Dunmore'),
    }),
  );
  // Case B's last panel was a fortnight ago: its review is not overdue; A has never had a panel.
  await app.store.collection(meetingKind).create({
    id: 'mtg_b',
    caseId: 'case_b',
    caseReference: 'MP-2026-0202',
    kind: 'initial',
    sequence: 1,
    start: '2026-11-04T10:00:00Z',
    durationMinutes: 60,
    status: 'held',
  });
  for (const r of referrals) await app.store.collection(referralKind).create(r);
  renderWith(app.services, <PanelsHome />);
  // The register reads every feed first: more than the default second on a busy machine.
  return await screen.findByRole('table', { name: 'Cases' }, { timeout: 15_000 });
}

const references = (table: HTMLElement) =>
  within(table)
    .getAllByRole('link')
    .map((l) => l.textContent);

describe('the case register on the Panels tab', () => {
  it('lists the active cases with names, flags and the review due, soonest first', async () => {
    const table = await renderHome();
    expect(references(table)).toEqual(['MP-2026-0201', 'MP-2026-0202']);
    const rowB = within(table)
      .getByRole('link', { name: /MP-2026-0202/ })
      .closest('tr')!;
    expect(rowB).toHaveTextContent('Bryn Castellan');
    expect(rowB).toHaveTextContent('Under 18');
    expect(rowB).toHaveTextContent('Registered sexual offender');
    expect(rowB).toHaveTextContent('Exit due 1 Dec 2026');
    expect(rowB).toHaveTextContent('4 Nov 2026');
    expect(within(table).getByRole('columnheader', { name: /Next review due/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('sorts by a column header, by keyboard too, and keeps the sort in the address', async () => {
    const table = await renderHome();
    const user = userEvent.setup();
    const header = within(table).getByRole('columnheader', { name: /Reference/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    within(header).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(references(screen.getByRole('table', { name: 'Cases' }))).toEqual(['MP-2026-0202', 'MP-2026-0201']);
    expect(window.location.hash).toBe('#/panels?sort=reference&dir=desc');
  });

  it('filters on a work queue’s count and lists exited cases under their own filter', async () => {
    await renderHome();
    const user = userEvent.setup();
    const queues = screen.getByRole('group', { name: 'Work queues' });
    const exits = within(queues).getByRole('button', { name: 'Exits due: 1' });
    await user.click(exits);
    expect(exits).toHaveAttribute('aria-pressed', 'true');
    expect(references(screen.getByRole('table', { name: 'Cases' }))).toEqual(['MP-2026-0202']);
    expect(window.location.hash).toBe('#/panels?view=exitsDue');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'exited');
    const table = screen.getByRole('table', { name: 'Cases' });
    expect(references(table)).toEqual(['MP-2026-0203']);
    expect(table).toHaveTextContent('Exited 1 Sept 2026');
  });

  it('searches and filters by category, saying when nothing matches', async () => {
    await renderHome();
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'amberley');
    expect(references(screen.getByRole('table', { name: 'Cases' }))).toEqual(['MP-2026-0201']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), '4');
    expect(screen.queryByRole('table', { name: 'Cases' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No cases match these filters.');
  });

  it('opens with the filter the address holds', async () => {
    const table = await renderHome({ hash: '#/panels?view=exited' });
    expect(references(table)).toEqual(['MP-2026-0203']);
    expect(screen.getByRole('combobox', { name: 'Show' })).toHaveValue('exited');
  });

  it('hides names from someone not on the case, and does not find the case by name', async () => {
    const table = await renderHome({ as: outsider });
    expect(table).not.toHaveTextContent('Amberley');
    expect(within(table).getAllByText('Not shown')).toHaveLength(2);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'amberley');
    expect(screen.getByRole('status')).toHaveTextContent('No cases match these filters.');
  });

  it('opens a case’s panels from its row and comes back to the same filter', async () => {
    const table = await renderHome({ hash: '#/panels?level=3' });
    const user = userEvent.setup();
    await user.click(within(table).getByRole('link', { name: /MP-2026-0201/ }));
    expect(await screen.findByRole('heading', { name: 'Panels' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Case' })).toHaveValue('case_a');
    expect(screen.getByText('Level 3: a panel every 6 weeks')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the case register' }));
    expect(await screen.findByRole('table', { name: 'Cases' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Level' })).toHaveValue('3');
  });

  it('lets a coordinator identify, refer and screen from the register; others refer and screen', async () => {
    await renderHome();
    const actions = screen.getByRole('group', { name: 'Add a case' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Identify a new nominal', 'Refer a case (MAPPA A)', 'Screen a person (MAPPA Q)']);
    const user = userEvent.setup();
    await user.click(within(actions).getByRole('button', { name: 'Refer a case (MAPPA A)' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('does not offer identification to someone who is not a coordinator', async () => {
    await renderHome({ as: outsider, referrals: [overdueReferral] });
    const actions = screen.getByRole('group', { name: 'Add a case' });
    expect(within(actions).queryByRole('button', { name: 'Identify a new nominal' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Referrals awaiting decision: 1' }));
    // The clocks need the bank holiday data, loaded when the list is first shown.
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Referrals awaiting a decision' })).toHaveTextContent(
        'Overdue by 3 working days',
      ),
    );
    expect(screen.queryByRole('button', { name: 'Decide' })).not.toBeInTheDocument();
  });

  it('shows the rows and the referral count before the bank holiday data arrives, and the clocks once it has', async () => {
    let arrive: (holidays: Holiday[]) => void = () => undefined;
    const between = jest.fn(() => new Promise<Holiday[]>((resolve) => (arrive = resolve)));
    const table = await renderHome({ as: outsider, referrals: [overdueReferral], bankHolidays: { between } });
    expect(references(table)).toContain('MP-2026-0201');
    expect(between).not.toHaveBeenCalled();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Referrals awaiting decision: 1' }));
    const list = screen.getByRole('region', { name: 'Referrals awaiting a decision' });
    expect(list).toHaveAttribute('aria-busy', 'true');
    expect(list).toHaveTextContent('Working out the decision clocks…');
    expect(list).not.toHaveTextContent('working days');

    await act(async () => arrive([]));
    await waitFor(() => expect(list).toHaveTextContent('Overdue by 3 working days'));
    expect(list).toHaveAttribute('aria-busy', 'false');
  });

  it('says so as an alert when the decision clocks cannot be worked out, and still lists the referrals’ rows', async () => {
    const between = jest.fn(() => Promise.reject(new Error('The bank holidays could not be read.')));
    const table = await renderHome({ as: outsider, referrals: [overdueReferral], bankHolidays: { between } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Referrals awaiting decision: 1' }));
    const list = screen.getByRole('region', { name: 'Referrals awaiting a decision' });
    const alert = await within(list).findByRole('alert');
    expect(alert).toHaveTextContent('The decision clocks could not be worked out. Try again in a moment.');
    expect(list).toHaveAttribute('aria-busy', 'false');
    expect(references(table)).toContain('MP-2026-0201');
  });

  it('shows the referrals queue with its clock, and Decide opens the decision', async () => {
    await renderHome({ referrals: [overdueReferral] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Referrals awaiting decision: 1' }));
    const queue = await screen.findByRole('region', { name: 'Referrals awaiting a decision (1)' });
    expect(queue).toHaveTextContent('Level 3 from Health');
    expect(queue).toHaveTextContent('Overdue by 3 working days');
    await user.click(within(queue).getByRole('button', { name: 'Decide' }));
    const dialog = await screen.findByRole('dialog', { name: 'Referral for Level 3' });
    expect(dialog).toHaveTextContent('Escalating threats');
  });
});
