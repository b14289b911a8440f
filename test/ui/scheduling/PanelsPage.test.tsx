/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { ServicesProvider } from '../../../src/app/ServicesProvider';
import { caseKind } from '../../../src/core/cases/case.schema';
import { meetingKind, seriesKind } from '../../../src/core/panels/series.schema';
import PanelsPage from '../../../src/ui/scheduling/PanelsPage';
import { aCase, aPerson } from '../../builders';
import { aSeries } from '../../fakes/graph/scenario';
import { TestHost } from '../../fakes/testHost';
import { TestApp } from '../../support/testApp';

const host = new TestHost({
  surface: 'personal',
  capabilities: { stageSharing: false, tabConfiguration: false, nestedAppAuth: false },
});

async function renderPage(storage = new MemoryStore()) {
  await storage.collection(caseKind).create(aCase({ id: 'case_a', reference: 'MP-2027-0101', level: 2 }));
  await storage.collection(caseKind).create(aCase({ id: 'case_b', reference: 'MP-2027-0102', level: 3 }));
  const me = aPerson({
    id: 'u-coord',
    name: 'Casey Coordinator',
    email: 'casey.coordinator@police.example.gov.uk',
    agency: 'police',
  });
  const { services } = TestApp.create({ storage, host, clock: { now: () => new Date('2027-05-03T09:00:00Z') } })
    .as(me)
    .withSettings({ coordinators: [me] });
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>
        <PanelsPage />
      </ServicesProvider>
    </FluentProvider>,
  );
  return { storage };
}

describe('Panels page', () => {
  it('shows the cadence for the level and twelve dates with the bank holiday moved and marked', async () => {
    await renderPage();
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Case' }), 'case_a');
    expect(screen.getByText('Level 2: a panel every 10 weeks')).toBeInTheDocument();
    const first = screen.getByLabelText('First meeting');
    await user.clear(first);
    await user.type(first, '2027-06-21');
    const list = await screen.findByRole('list', { name: 'The next twelve meetings' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(items[1]).toHaveTextContent('Tue, 31 Aug 2027');
    expect(items[1]).toHaveTextContent('Moved from Mon, 30 Aug 2027 (Summer bank holiday)');
  });

  it('creates the series when the coordinator confirms, and then offers level change and exit', async () => {
    const { storage } = await renderPage();
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Case' }), 'case_b');
    expect(screen.getByText('Level 3: a panel every 6 weeks')).toBeInTheDocument();
    await screen.findByRole('list', { name: 'The next twelve meetings' });
    await user.click(screen.getByRole('button', { name: 'Create the series' }));
    expect(await screen.findByText(/The series is scheduled/)).toBeInTheDocument();
    const stored = await storage.collection(seriesKind).list({ caseId: 'case_b' });
    expect(stored.map((s) => s.doc)).toEqual([
      expect.objectContaining({ status: 'active', cadenceWeeks: 6, level: 3 }),
    ]);
    const meetings = (await storage.collection(meetingKind).list({ caseId: 'case_b' })).map((m) => m.doc);
    expect(meetings).toHaveLength(12);
    expect(meetings.filter((m) => m.kind === 'initial')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Change level or category' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Exit from MAPPA' }));
    const dialog = within(await screen.findByRole('dialog'));
    // Irreversible: nothing happens until the rationale is given and the exit confirmed.
    expect(dialog.getByRole('button', { name: 'Exit from MAPPA' })).toBeDisabled();
    fireEvent.change(dialog.getByLabelText(/Rationale for the exit/), { target: { value: 'Licence ended' } });
    await user.click(dialog.getByRole('checkbox'));
    await user.click(dialog.getByRole('button', { name: 'Exit from MAPPA' }));
    expect(await screen.findByText(/has exited MAPPA. The series has ended/)).toBeInTheDocument();
    expect((await storage.collection(seriesKind).list({ caseId: 'case_b' }))[0]?.doc.status).toBe('ended');
    expect((await storage.collection(caseKind).get('case_b'))?.doc.status).toBe('exited');
  });

  it('suggests days and times from the standing members’ free/busy', async () => {
    await renderPage();
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Case' }), 'case_a');
    await user.click(screen.getByRole('button', { name: 'Check standing members’ availability' }));
    const group = await screen.findByRole('group', { name: 'Suggested days and times' });
    const first = within(group).getAllByRole('button')[0]!;
    expect(first).toHaveTextContent('Monday 09:30: no clashes');
    await user.click(first);
    expect(screen.getByLabelText('Start time')).toHaveValue('09:30');
  });

  it('offers to update the invitations again when the calendar did not take the last change of chair or members', async () => {
    const storage = new MemoryStore();
    await storage.collection(seriesKind).create(
      aSeries({
        id: 'ser_a',
        caseId: 'case_a',
        caseReference: 'MP-2027-0101',
        status: 'active',
        calendar: { eventId: 'evt-a', steps: [], attendeesOutdated: true },
      }),
    );
    await renderPage(storage);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Case' }), 'case_a');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The invitations already in Outlook calendars still name the chair and members as they were before the last change',
    );
    await user.click(screen.getByRole('button', { name: 'Update the invitations again' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^The invitations already in Outlook calendars are updated/,
    );
    expect((await storage.collection(seriesKind).get('ser_a'))?.doc.calendar?.attendeesOutdated).toBeUndefined();
  });
});
