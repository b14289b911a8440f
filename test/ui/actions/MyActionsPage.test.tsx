/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { writtenUpdateKind } from '../../../src/core/actions/writtenUpdate.schema';
import { actionKind } from '../../../src/core/actions/action.schema';
import { meetingKind } from '../../../src/core/panels/series.schema';
import MyActionsPage, { ACTIONS_PER_VIEW, panelsInView } from '../../../src/ui/actions/MyActionsPage';
import { aPerson, anAction } from '../../builders';
import { makeServices, renderWith } from './testServices';

const me = aPerson({ id: 'u_me', name: 'Tess Owner', email: 'tess.owner@probation.example.gov.uk' });
const someoneElse = aPerson({
  id: 'u_else',
  name: 'Sam Other',
  email: 'sam.other@police.example.gov.uk',
  agency: 'police',
});

async function setUp() {
  const ctx = makeServices({ me });
  const actions = ctx.storage.collection(actionKind);
  await actions.create(
    anAction({
      id: 'a_late',
      caseId: 'c1',
      caseReference: 'MP-2026-0001',
      owner: me,
      dueDate: '2026-11-01',
      text: 'Arrange a joint home visit',
    }),
  );
  await actions.create(
    anAction({
      id: 'a_soon',
      caseId: 'c1',
      caseReference: 'MP-2026-0001',
      owner: me,
      dueDate: '2026-11-24',
      text: 'Refer to the accommodation panel',
    }),
  );
  await actions.create(
    anAction({
      id: 'a_other',
      caseId: 'c2',
      caseReference: 'MP-2026-0002',
      owner: me,
      dueDate: '2026-12-24',
      text: 'Share the licence conditions with housing',
    }),
  );
  await actions.create(
    anAction({ id: 'a_theirs', caseId: 'c3', caseReference: 'MP-2026-0003', owner: someoneElse, text: 'Not mine' }),
  );
  renderWith(ctx.services, <MyActionsPage />);
  await screen.findByRole('heading', { name: 'My actions' });
  return ctx;
}

describe('My actions', () => {
  it('lists only my actions, grouped by panel, overdue first, by case reference only', async () => {
    await setUp();
    const panels = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(panels).toEqual(['Panel MP-2026-0001', 'Panel MP-2026-0002']);
    const first = screen.getByRole('region', { name: 'Panel MP-2026-0001' });
    const titles = within(first)
      .getAllByRole('article')
      .map((a) => document.getElementById(a.getAttribute('aria-labelledby')!)?.textContent);
    expect(titles).toEqual(['Arrange a joint home visit', 'Refer to the accommodation panel']);
    expect(within(first).getByText('Overdue')).toBeInTheDocument();
    expect(screen.queryByText('Not mine')).not.toBeInTheDocument();
  });

  it('posts an update and changes the status using only the keyboard', async () => {
    const { storage } = await setUp();
    const user = userEvent.setup();
    const item = screen.getByRole('article', { name: 'Arrange a joint home visit' });
    within(item).getByRole('button', { name: 'Post update' }).focus();
    await user.keyboard('{Enter}');
    // Focus lands in the update box; type, then Shift+Tab back to the status and choose "In progress".
    expect(within(item).getByRole('textbox', { name: 'Update' })).toHaveFocus();
    await user.keyboard('Visit booked for Tuesday');
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Status' }), 'inProgress');
    within(item).getByRole('textbox', { name: 'Update' }).focus();
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(within(item).getByRole('status')).toHaveTextContent('Update saved.'));
    const stored = (await storage.collection(actionKind).get('a_late'))!.doc;
    expect(stored.status).toBe('inProgress');
    expect(stored.updates).toEqual([
      expect.objectContaining({
        text: 'Visit booked for Tuesday',
        status: 'inProgress',
        by: { id: 'u_me', name: 'Tess Owner', agency: 'probation' },
      }),
    ]);
    expect(within(item).getByText('In progress')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Post update' })).toHaveFocus();
  });

  it('marks an action done with a note in two clicks', async () => {
    const { storage } = await setUp();
    const user = userEvent.setup();
    const item = screen.getByRole('article', { name: 'Refer to the accommodation panel' });
    await user.click(within(item).getByRole('button', { name: 'Mark done' }));
    await user.keyboard('Referral accepted');
    await user.click(within(item).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(item).getByRole('status')).toHaveTextContent('Marked done.'));
    const stored = (await storage.collection(actionKind).get('a_soon'))!.doc;
    expect(stored.status).toBe('done');
    expect(stored.updates[0]?.text).toBe('Referral accepted');
  });

  it('asks for a reason before closing an action as not done', async () => {
    const { storage } = await setUp();
    const user = userEvent.setup();
    const item = screen.getByRole('article', { name: 'Arrange a joint home visit' });
    await user.click(within(item).getByRole('button', { name: 'Post update' }));
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Status' }), 'notDoneAgency');
    await user.click(within(item).getByRole('button', { name: 'Save' }));
    expect(await within(item).findByText(/Say why the action was not done/)).toBeInTheDocument();
    expect((await storage.collection(actionKind).get('a_late'))!.doc.status).toBe('open');
  });

  it('keeps the typed text and says it is not saved when the save fails', async () => {
    const { storage } = await setUp();
    const user = userEvent.setup();
    const actions = storage.collection(actionKind);
    jest.spyOn(storage, 'collection').mockImplementation(
      () =>
        ({
          ...actions,
          get: actions.get.bind(actions),
          list: actions.list.bind(actions),
          create: actions.create.bind(actions),
          update: () => Promise.reject(new Error('offline')),
        }) as never,
    );
    const item = screen.getByRole('article', { name: 'Arrange a joint home visit' });
    await user.click(within(item).getByRole('button', { name: 'Post update' }));
    await user.keyboard('Landlord contacted');
    await user.click(within(item).getByRole('button', { name: 'Save' }));
    expect(await within(item).findByText(/Not saved/)).toBeInTheDocument();
    expect(within(item).getByRole('textbox', { name: 'Update' })).toHaveValue('Landlord contacted');
  });

  it('sends a written update for the panel’s next meeting', async () => {
    const { storage } = await setUp();
    await storage.collection(meetingKind).create({
      id: 'm_next',
      caseId: 'c2',
      caseReference: 'MP-2026-0002',
      kind: 'review',
      sequence: 3,
      start: '2026-12-02T10:00:00.000Z',
      durationMinutes: 60,
      status: 'scheduled',
    });
    const user = userEvent.setup();
    const panel = screen.getByRole('region', { name: 'Panel MP-2026-0002' });
    await user.click(within(panel).getByRole('button', { name: 'Send a written update for the next meeting' }));
    const box = await within(panel).findByRole('textbox', {
      name: /Probation written update for the meeting on 2 Dec 2026/,
    });
    await user.type(box, 'Compliant with licence; no concerns this period.');
    await user.click(within(panel).getByRole('button', { name: 'Send written update' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Written update sent for the meeting on 2 Dec 2026',
    );
    const [stored] = await storage.collection(writtenUpdateKind).list({ meetingId: 'm_next' });
    expect(stored?.doc).toMatchObject({
      caseId: 'c2',
      author: { id: 'u_me' },
      text: 'Compliant with licence; no concerns this period.',
    });
  });

  it('opens the written update only when asked, and Escape or Cancel puts focus back on its button', async () => {
    const { storage } = await setUp();
    await storage.collection(meetingKind).create({
      id: 'm_next',
      caseId: 'c2',
      caseReference: 'MP-2026-0002',
      kind: 'review',
      sequence: 3,
      start: '2026-12-02T10:00:00.000Z',
      durationMinutes: 60,
      status: 'scheduled',
    });
    const user = userEvent.setup();
    const panel = screen.getByRole('region', { name: 'Panel MP-2026-0002' });
    expect(within(panel).queryByRole('form')).not.toBeInTheDocument();
    const start = within(panel).getByRole('button', { name: 'Send a written update for the next meeting' });

    start.focus();
    await user.keyboard('{Enter}');
    const box = await within(panel).findByRole('textbox', { name: /written update for the meeting on/ });
    expect(box).toHaveFocus();
    await user.keyboard('Not sent');
    await user.keyboard('{Escape}');
    expect(within(panel).queryByRole('form')).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Send a written update for the next meeting' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await within(panel).findByRole('form', { name: 'Written update for MP-2026-0002' });
    await user.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).queryByRole('form')).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Send a written update for the next meeting' })).toHaveFocus();
    expect(await storage.collection(writtenUpdateKind).list({ meetingId: 'm_next' })).toEqual([]);
  });

  it('Escape closes an action’s editor and puts focus back on “Post update”', async () => {
    await setUp();
    const user = userEvent.setup();
    const item = screen.getByRole('article', { name: 'Refer to the accommodation panel' });
    await user.click(within(item).getByRole('button', { name: 'Mark done' }));
    const note = within(item).getByRole('textbox', { name: 'Note (what was done)' });
    expect(note).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(item).queryByRole('form')).not.toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Post update' })).toHaveFocus();
  });

  it('says so when the panel has no meeting scheduled', async () => {
    await setUp();
    const user = userEvent.setup();
    const panel = screen.getByRole('region', { name: 'Panel MP-2026-0001' });
    await user.click(within(panel).getByRole('button', { name: 'Send a written update for the next meeting' }));
    expect(await within(panel).findByText(/No meeting is scheduled for this panel yet/)).toBeInTheDocument();
  });
});

describe('My actions for a person with many panels', () => {
  /** `panels` panels of `perPanel` actions each; only the last panel's actions are overdue. */
  async function manyPanels(panels: number, perPanel: number) {
    const ctx = makeServices({ me });
    const actions = ctx.storage.collection(actionKind);
    for (let p = 0; p < panels; p++) {
      for (let i = 0; i < perPanel; i++) {
        await actions.create(
          anAction({
            id: `a_${p}_${i}`,
            caseId: `c_${p}`,
            caseReference: `MP-2026-${String(p + 1).padStart(4, '0')}`,
            owner: me,
            dueDate: p === panels - 1 ? '2026-11-01' : `2026-12-${String(10 + p).padStart(2, '0')}`,
            text: `Action ${i + 1} of panel ${p + 1}`,
          }),
        );
      }
    }
    renderWith(ctx.services, <MyActionsPage />);
    await screen.findByRole('heading', { name: 'My actions' });
  }

  const panelHeadings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

  it('shows the most urgent panels first and the rest behind “Show more panels”, by keyboard', async () => {
    // Two panels fill the first view; four panels make two views.
    const perPanel = Math.floor(ACTIONS_PER_VIEW / 2);
    await manyPanels(4, perPanel);
    expect(panelHeadings()).toEqual(['Panel MP-2026-0004', 'Panel MP-2026-0001']);
    expect(screen.getAllByRole('article')).toHaveLength(2 * perPanel);
    expect(screen.getByText(/actions across 4 panels/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 4 panels.');

    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Show more panels' }).focus();
    await user.keyboard('{Enter}');

    expect(panelHeadings()).toEqual([
      'Panel MP-2026-0004',
      'Panel MP-2026-0001',
      'Panel MP-2026-0002',
      'Panel MP-2026-0003',
    ]);
    // Focus moves to the first panel revealed, so reading goes on from there.
    expect(screen.getByRole('heading', { name: 'Panel MP-2026-0002' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 4 panels.');
    expect(screen.queryByRole('button', { name: 'Show more panels' })).not.toBeInTheDocument();
  });

  it('shows every panel at once, with no “Show more”, when they fit in one view', async () => {
    await manyPanels(3, 2);
    expect(panelHeadings()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more panels' })).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('panelsInView', () => {
  const group = (size: number) => ({
    caseId: 'c',
    caseReference: 'r',
    actions: Array(size).fill(0),
    overdue: 0,
    dueSoon: 0,
  });

  it('takes whole panels up to the view’s number of actions', () => {
    const groups = Array.from({ length: ACTIONS_PER_VIEW }, () => group(1));
    expect(panelsInView(groups, 0)).toBe(ACTIONS_PER_VIEW);
    const half = Math.floor(ACTIONS_PER_VIEW / 2);
    const halves = [group(half), group(ACTIONS_PER_VIEW - half), group(1)];
    expect(panelsInView(halves, 0)).toBe(2);
    expect(panelsInView(halves, 2)).toBe(3);
  });

  it('always takes at least one panel, however many actions it has', () => {
    const groups = [group(ACTIONS_PER_VIEW * 3), group(1)];
    expect(panelsInView(groups, 0)).toBe(1);
    expect(panelsInView(groups, 1)).toBe(2);
    expect(panelsInView([], 0)).toBe(0);
  });
});
