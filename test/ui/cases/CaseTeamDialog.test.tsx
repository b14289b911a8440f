/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { LocalScheduling } from '../../../src/adapters/local/localScheduling';
import { caseKind, type CaseMember } from '../../../src/core/cases/case.schema';
import { seriesKind } from '../../../src/core/panels/series.schema';
import { UnavailableError } from '../../../src/core/shared/errors';
import type { Person } from '../../../src/core/people/agency';
import { CaseTeamDialog } from '../../../src/ui/cases/CaseTeamDialog';
import { aCase, aPerson } from '../../builders';
import { renderWith } from '../../support/renderWith';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@probation.example.gov.uk',
});
const sian = aPerson({ id: 'u_sian', name: 'Siân Fictional', email: 'sian@probation.example.gov.uk', role: 'SPO' });
const owen = aPerson({ id: 'u_owen', name: 'Owen Fictional', email: 'owen@police.example.gov.uk', agency: 'police' });
const dan = aPerson({ id: 'u_dan', name: 'Dan Fictional', email: 'dan@police.example.gov.uk', agency: 'police' });
const gareth = aPerson({
  id: 'u_gar',
  name: 'Gareth Fictional',
  email: 'gareth@housing.example.gov.uk',
  agency: 'housing',
});
const ruth = aPerson({
  id: 'u_ruth',
  name: 'Ruth Fictional',
  email: 'ruth@childrens.example.gov.uk',
  agency: 'childrensServices',
});
const member = (person: Person, standing = true): CaseMember => ({ person, standing });

describe('the chair and members screen', () => {
  it('chooses an eligible chair, changes the members by agency and saves them with a rationale', async () => {
    const theCase = aCase({
      id: 'case_x',
      reference: 'MP-2026-0420',
      level: 2,
      chair: sian,
      members: [member(dan), member(gareth)],
    });
    const app = await TestApp.create()
      .as(coordinator)
      .at('2026-11-20T10:00:00Z')
      .withSettings({
        coordinators: [coordinator],
        chairs: { level2: [sian, owen], level3: [] },
        standingMembers: [dan, gareth, ruth],
      })
      .seeded(async ({ storage }) => {
        await storage.collection(caseKind).create(theCase);
      });
    const saved = jest.fn();
    renderWith(app.services, <CaseTeamDialog open case={theCase} onClose={() => undefined} onSaved={saved} />);
    const dialog = within(await screen.findByRole('dialog', { name: 'Chair and panel members: MP-2026-0420' }));
    const user = userEvent.setup();

    const chair = dialog.getByRole('combobox', { name: /Chair/ });
    expect(
      within(chair)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose the chair', 'Siân Fictional, SPO', 'Owen Fictional']);
    await user.selectOptions(chair, 'Owen Fictional');

    // Members by agency, each with a way to remove them; the change is announced.
    expect(dialog.getByRole('list', { name: 'Police' })).toHaveTextContent('Dan Fictional (standing member)');
    await user.click(dialog.getByRole('button', { name: 'Remove Gareth Fictional' }));
    expect(dialog.queryByRole('list', { name: 'Housing' })).toBeNull();
    expect(dialog.getByText('Gareth Fictional is removed from the members.')).toHaveAttribute('role', 'status');
    await user.click(dialog.getByRole('button', { name: "Add Ruth Fictional (Children's services)" }));

    // Someone involved in the case, typed in: refused until their address is valid.
    const someone = within(dialog.getByRole('group', { name: 'Someone involved in the case' }));
    await user.type(someone.getByRole('textbox', { name: 'Name' }), 'Amy Fictional');
    await user.type(someone.getByRole('textbox', { name: 'Secure e-mail address' }), 'amy@nhs');
    await user.selectOptions(someone.getByRole('combobox', { name: 'Agency' }), 'Health');
    await user.click(dialog.getByRole('button', { name: 'Add to the members' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Enter the person’s name and a valid secure e-mail address',
    );
    await user.type(someone.getByRole('textbox', { name: 'Secure e-mail address' }), '.example.net');
    await user.click(dialog.getByRole('button', { name: 'Add to the members' }));
    expect(dialog.getByRole('list', { name: 'Health' })).toHaveTextContent('Amy Fictional (involved in the case)');

    await user.type(
      dialog.getByRole('textbox', { name: /Rationale for the change/ }),
      'Owen chairs; Ruth for the children.',
    );
    await user.click(dialog.getByRole('button', { name: 'Save the chair and members' }));
    expect(await dialog.findByText(/^Saved\. The chair and members of MP-2026-0420 now decide/)).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);

    const stored = (await app.store.collection(caseKind).get('case_x'))!.doc;
    expect(stored.chair?.email).toBe(owen.email);
    expect(stored.members.map((m) => [m.person.name, m.person.agency, m.standing])).toEqual([
      ['Dan Fictional', 'police', true],
      ['Ruth Fictional', 'childrensServices', true],
      ['Amy Fictional', 'health', false],
    ]);
  });

  it('says when the invitations in calendars could not follow, keeps the change, and updates them on a retry', async () => {
    const theCase = aCase({ id: 'case_x', reference: 'MP-2026-0420', level: 2, chair: sian, members: [member(dan)] });
    const app = await TestApp.create()
      .as(coordinator)
      .at('2026-11-20T10:00:00Z')
      .withSettings({
        coordinators: [coordinator],
        chairs: { level2: [sian, owen], level3: [] },
        standingMembers: [gareth],
      })
      .seeded(async ({ storage }) => {
        await storage.collection(caseKind).create(theCase);
        await storage.collection(seriesKind).create({
          id: 'ser_x',
          caseId: 'case_x',
          caseReference: 'MP-2026-0420',
          level: 2,
          cadenceWeeks: 10,
          firstMeetingDate: '2026-12-01',
          startTime: '10:00',
          durationMinutes: 120,
          timeZone: 'Europe/London',
          chair: sian,
          members: [dan],
          status: 'active',
          calendar: { eventId: 'evt-1', transactionId: 'ser_x', steps: [] },
          createdAt: '2026-11-01T10:00:00.000Z',
        });
      });
    const invited: string[][] = [];
    let down = true;
    app.with({
      scheduling: Object.assign(new LocalScheduling(app.store, app.services.clock), {
        updateAttendees: async (_link: unknown, people: readonly Person[]) => {
          if (down) throw new UnavailableError('Microsoft 365 did not answer. Nothing is lost; try again in a moment.');
          invited.push(people.map((p) => p.name));
        },
      }),
    });
    renderWith(app.services, <CaseTeamDialog open case={theCase} onClose={() => undefined} />);
    const dialog = within(await screen.findByRole('dialog', { name: 'Chair and panel members: MP-2026-0420' }));
    const user = userEvent.setup();

    await user.click(dialog.getByRole('button', { name: 'Add Gareth Fictional (Housing)' }));
    await user.type(dialog.getByRole('textbox', { name: /Rationale for the change/ }), 'Housing joins the panel.');
    await user.click(dialog.getByRole('button', { name: 'Save the chair and members' }));

    const warning = await dialog.findByRole('alert');
    expect(warning).toHaveTextContent(
      'The invitations already in Outlook calendars could not be updated: Microsoft 365 did not answer.',
    );
    expect(warning).toHaveTextContent('The change to the case is saved and nothing is lost.');
    expect(dialog.getByText(/The current panel series names them too\.$/)).toBeInTheDocument();
    expect(dialog.queryByText(/forward/i)).toBeNull();
    expect((await app.store.collection(caseKind).get('case_x'))!.doc.members.map((m) => m.person.name)).toEqual([
      'Dan Fictional',
      'Gareth Fictional',
    ]);

    down = false;
    await user.click(dialog.getByRole('button', { name: 'Update the invitations again' }));
    const news = await dialog.findByText(/^The invitations already in Outlook calendars are updated too/);
    expect(news).toHaveAttribute('role', 'status');
    expect(news).toHaveFocus();
    expect(dialog.queryByRole('button', { name: 'Update the invitations again' })).toBeNull();
    expect(invited).toEqual([['Siân Fictional', 'Dan Fictional', 'Gareth Fictional']]);
  });
});
