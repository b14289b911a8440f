/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { outboxMailKind } from '../../../src/adapters/local/localMail';
import { actionKind } from '../../../src/core/actions/action.schema';
import { auditKind } from '../../../src/core/audit/audit.schema';
import CoordinatorActionsPage, { ROWS_PER_PAGE } from '../../../src/ui/actions/CoordinatorActionsPage';
import MailOutboxPage from '../../../src/ui/actions/MailOutboxPage';
import { compareActions } from '../../../src/core/actions/dueState';
import type { Collection } from '../../../src/core/ports';
import type { DocumentKind, Identified } from '../../../src/core/storage/defineDocument';
import { aPerson, anAction } from '../../builders';
import { FakeMail, fixedNow, makeServices, renderWith } from './testServices';

const ann = aPerson({ id: 'u_ann', name: 'Ann Example', email: 'ann@police.example.gov.uk', agency: 'police' });
const bob = aPerson({ id: 'u_bob', name: 'Bob Example', email: 'bob@housing.example.gov.uk', agency: 'housing' });
const coordinator = aPerson({ id: 'u_coord', name: 'Jo Coordinator', email: 'jo@probation.example.gov.uk' });

async function seed(storage: ReturnType<typeof makeServices>['storage']) {
  const actions = storage.collection(actionKind);
  await actions.create(
    anAction({
      id: 'a1',
      owner: ann,
      caseId: 'c1',
      caseReference: 'MP-2026-0101',
      dueDate: '2026-11-10',
      text: 'Check the address of Jordan Testcase',
    }),
  );
  await actions.create(
    anAction({
      id: 'a2',
      owner: ann,
      caseId: 'c2',
      caseReference: 'MP-2026-0102',
      dueDate: '2027-02-10',
      text: 'Review licence',
    }),
  );
  await actions.create(
    anAction({
      id: 'b1',
      owner: bob,
      caseId: 'c1',
      caseReference: 'MP-2026-0101',
      dueDate: '2026-11-24',
      text: 'Offer a tenancy',
    }),
  );
}

/** The filters are usable once the whole list (not only its first page) is in. */
const wholeListLoaded = () => waitFor(() => expect(screen.getByRole('combobox', { name: 'Agency' })).toBeEnabled());

const rowTexts = () =>
  within(screen.getByRole('table', { name: 'Actions' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[1]!.textContent);

describe('coordinator view of actions', () => {
  it('lists every action overdue first and filters by agency, owner, panel, status and overdue', async () => {
    const { services, storage } = makeServices({ me: coordinator, settings: { coordinators: [coordinator] } });
    await seed(storage);
    renderWith(services, <CoordinatorActionsPage />);
    await screen.findByRole('table', { name: 'Actions' });
    await wholeListLoaded();
    const user = userEvent.setup();
    expect(rowTexts()).toEqual(['Check the address of Jordan Testcase', 'Offer a tenancy', 'Review licence']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Agency' }), 'housing');
    expect(rowTexts()).toEqual(['Offer a tenancy']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Agency' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Ann Example');
    expect(rowTexts()).toEqual(['Check the address of Jordan Testcase', 'Review licence']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Panel' }), 'MP-2026-0102');
    expect(rowTexts()).toEqual(['Review licence']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Panel' }), '');
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    expect(rowTexts()).toEqual(['Check the address of Jordan Testcase']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'done');
    expect(screen.getByText('No actions match these filters.')).toBeInTheDocument();
  });

  it('shows the first page at once, read alone, while the whole list loads for the filters', async () => {
    const { services, storage } = makeServices({ me: coordinator, settings: { coordinators: [coordinator] } });
    const actions = storage.collection(actionKind);
    for (let i = 0; i < ROWS_PER_PAGE + 5; i++) {
      const closed = i % 2 === 0;
      await actions.create(
        anAction({
          id: `y${String(i).padStart(3, '0')}`,
          owner: i % 3 ? ann : bob,
          dueDate: `2027-01-${String((i % 28) + 1).padStart(2, '0')}`,
          status: closed ? 'done' : 'open',
          text: `Action ${i}`,
        }),
      );
    }
    // The whole list waits until released; the first page is read on its own.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const pagesRead: number[] = [];
    const storage2 = {
      collection: <T extends Identified>(kind: DocumentKind<T>): Collection<T> => {
        const inner = storage.collection(kind);
        if (kind.name !== actionKind.name) return inner;
        return {
          get: (id) => inner.get(id),
          ids: () => inner.ids(),
          create: (doc) => inner.create(doc),
          update: (doc, version) => inner.update(doc, version),
          list: async (filter) => {
            await held;
            return inner.list(filter);
          },
          page: async (request) => {
            const page = await inner.page(request);
            pagesRead.push(page.items.length);
            return page;
          },
        };
      },
    };
    renderWith({ ...services, storage: storage2 }, <CoordinatorActionsPage />);
    await screen.findByRole('table', { name: 'Actions' });

    const all = (await actions.list()).map((s) => s.doc);
    const expected = all.sort(
      compareActions({
        now: fixedNow,
        withinDays: services.settings.reminderDays,
        timeZone: services.settings.timeZone,
      }),
    );
    expect(rowTexts()).toEqual(expected.slice(0, ROWS_PER_PAGE).map((a) => a.text));
    expect(pagesRead).toEqual([ROWS_PER_PAGE]);
    expect(
      screen.getByText(`Showing 1 to ${ROWS_PER_PAGE} of ${ROWS_PER_PAGE + 5} actions.`, { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Agency' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();

    release();
    await wholeListLoaded();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Agency' }), 'housing');
    expect(rowTexts()).toEqual(expected.filter((a) => a.owner.agency === 'housing').map((a) => a.text));
  });

  it('shows a Victim Safety Planning action without its text: restricted on the All actions page as on the stage', async () => {
    const { services, storage } = makeServices({ me: coordinator, settings: { coordinators: [coordinator] } });
    await storage.collection(actionKind).create(
      anAction({
        id: 'v1',
        owner: bob,
        pillar: 'victimSafety',
        dueDate: '2026-11-24',
        text: 'RESTRICTED-MARKER safe room at the victim’s address',
      }),
    );
    const { container } = renderWith(services, <CoordinatorActionsPage />);
    await screen.findByRole('table', { name: 'Actions' });
    expect(rowTexts()).toEqual(['Victim safety action (details are restricted)']);
    expect(container.textContent).not.toContain('RESTRICTED-MARKER');
  });

  it('pages a long list instead of rendering every row', async () => {
    const { services, storage } = makeServices({ me: coordinator, settings: { coordinators: [coordinator] } });
    const actions = storage.collection(actionKind);
    for (let i = 0; i < ROWS_PER_PAGE + 5; i++) {
      await actions.create(anAction({ id: `x${String(i).padStart(3, '0')}`, owner: ann, dueDate: '2027-01-01' }));
    }
    renderWith(services, <CoordinatorActionsPage />);
    await screen.findByRole('table', { name: 'Actions' });
    expect(rowTexts()).toHaveLength(ROWS_PER_PAGE);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Next page' }));
    expect(rowTexts()).toHaveLength(5);
    expect(
      screen.getByText(`Showing ${ROWS_PER_PAGE + 1} to ${ROWS_PER_PAGE + 5} of ${ROWS_PER_PAGE + 5} actions.`),
    ).toBeInTheDocument();
  });

  it('sends reminders to the local outbox, naming no case details, once however often it is pressed', async () => {
    const { services, storage } = makeServices({
      me: coordinator,
      settings: { coordinators: [coordinator] },
      mail: 'local',
    });
    await seed(storage);
    renderWith(services, <CoordinatorActionsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send reminders' }));
    expect(await screen.findByText(/Reminders sent to 2 owners/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send reminders' }));
    await screen.findByRole('button', { name: 'Send reminders' });

    await waitFor(async () => expect(await storage.collection(outboxMailKind).list()).toHaveLength(2));
    const outbox = (await storage.collection(outboxMailKind).list()).map((s) => s.doc);
    expect(outbox.map((m) => m.to[0]).sort()).toEqual(['ann@police.example.gov.uk', 'bob@housing.example.gov.uk']);
    for (const m of outbox) {
      expect(m.purpose).toBe('reminder');
      expect(m.body).toContain('#/my-actions');
      expect(`${m.subject} ${m.body}`).not.toMatch(/MP-2026|Jordan|tenancy|licence|address/);
    }
    const audit = await storage.collection(auditKind).list({ verb: 'remind' });
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.doc.detail.recipientDomain).sort()).toEqual([
      'housing.example.gov.uk',
      'police.example.gov.uk',
    ]);
  });

  it('says reminders were not sent when the mail service fails, and a retry sends each once', async () => {
    const mail = new FakeMail();
    mail.failNext = 5;
    const { services, storage } = makeServices({ me: coordinator, settings: { coordinators: [coordinator] }, mail });
    await seed(storage);
    renderWith(services, <CoordinatorActionsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send reminders' }));
    expect(await screen.findByText(/No reminders could be sent/)).toBeInTheDocument();
    mail.failNext = 0;
    await user.click(screen.getByRole('button', { name: 'Send reminders' }));
    expect(await screen.findByText(/Reminders sent to 2 owners/)).toBeInTheDocument();
    expect(mail.sent).toHaveLength(2);
  });

  it('refuses someone who coordinates no case and shows none of the actions', async () => {
    const { services, storage } = makeServices({ me: bob, settings: { coordinators: [coordinator] } });
    await seed(storage);
    renderWith(services, <CoordinatorActionsPage />);
    expect(
      await screen.findByText(/This list is for MAPPA coordinators\. You are not on this case/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByText('Offer a tenancy')).not.toBeInTheDocument();
  });

  it('downloads the filtered list as CSV and records the export', async () => {
    const { services, storage } = makeServices({ me: coordinator, settings: { coordinators: [coordinator] } });
    await seed(storage);
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (b: Blob) => (blobs.push(b), 'blob:test'),
      revokeObjectURL: () => undefined,
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWith(services, <CoordinatorActionsPage />);
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Actions' });
    await wholeListLoaded();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Agency' }), 'police');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalled();
    const csv = await new Promise<string>((resolve) => {
      // jsdom's Blob has no text(); FileReader reads it.
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(csv).toContain('MP-2026-0102');
    expect(csv).not.toContain('Offer a tenancy');
    await waitFor(async () =>
      expect((await storage.collection(auditKind).list({ verb: 'export' }))[0]?.doc.detail).toEqual({
        format: 'csv',
        rows: '2',
      }),
    );
  });
});

describe('outbox', () => {
  it('shows what would have been sent', async () => {
    const { services, storage } = makeServices({ mail: 'local' });
    await services.mail.send({
      idempotencyKey: 'k1',
      to: ['ann@police.example.gov.uk'],
      subject: 'MAPPA actions due',
      body: 'You have MAPPA actions that need your attention.',
      purpose: 'reminder',
    });
    renderWith(services, <MailOutboxPage />);
    const mail = await screen.findByRole('article', { name: 'Reminder to ann@police.example.gov.uk' });
    expect(within(mail).getByText('MAPPA actions due')).toBeInTheDocument();
    expect(within(mail).getByText('You have MAPPA actions that need your attention.')).toBeInTheDocument();
    expect(await storage.collection(outboxMailKind).list()).toHaveLength(1);
  });

  it('says when nothing would have been sent', async () => {
    const { services } = makeServices({ mail: 'local' });
    renderWith(services, <MailOutboxPage />);
    expect(await screen.findByText('Nothing would have been sent yet.')).toBeInTheDocument();
  });
});
