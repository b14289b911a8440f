import { caseAccess } from '../../../src/app/access/caseAccess';
import { recordCaseTeam } from '../../../src/app/cases/recordCaseTeam';
import { updateCaseInvitations } from '../../../src/app/scheduling/seriesInvitations';
import { LocalScheduling } from '../../../src/adapters/local/localScheduling';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { caseKind, type CaseMember } from '../../../src/core/cases/case.schema';
import { caseDecisionKind } from '../../../src/core/cases/lifecycle/caseHistory.schema';
import { seriesKind, type PanelSeries } from '../../../src/core/panels/series.schema';
import type { Person } from '../../../src/core/people/agency';
import { NotOnCaseError, UnavailableError } from '../../../src/core/shared/errors';
import type { Message } from '../../../src/i18n/message';
import { english } from '../../../src/i18n/translator';
import { aCase, aPerson } from '../../builders';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@probation.example.gov.uk',
});
const sian = aPerson({ id: 'u_sian', name: 'Siân Fictional', email: 'sian@probation.example.gov.uk' });
const owen = aPerson({ id: 'u_owen', name: 'Owen Fictional', email: 'owen@police.example.gov.uk', agency: 'police' });
const dan = aPerson({ id: 'u_dan', name: 'Dan Fictional', email: 'dan@police.example.gov.uk', agency: 'police' });
const gareth = aPerson({
  id: 'u_gar',
  name: 'Gareth Fictional',
  email: 'gareth@housing.example.gov.uk',
  agency: 'housing',
});
const amy = aPerson({ id: 'u_amy', name: 'Amy Fictional', email: 'amy@nhs.example.net', agency: 'health' });
const member = (person: Person, standing = true): CaseMember => ({ person, standing });

const series: PanelSeries = {
  id: 'ser_x',
  caseId: 'case_x',
  caseReference: 'MP-2026-0001',
  level: 2,
  cadenceWeeks: 10,
  firstMeetingDate: '2026-12-01',
  startTime: '10:00',
  durationMinutes: 120,
  timeZone: 'Europe/London',
  chair: sian,
  coordinator,
  members: [dan, gareth],
  status: 'active',
  createdAt: '2026-11-01T10:00:00.000Z',
};

/** A Level 2 case chaired by Siân with Dan and Gareth, its series live; the clock frozen on 20 November 2026. */
async function app(as: Person = coordinator) {
  return TestApp.create()
    .as(as)
    .at('2026-11-20T10:00:00Z')
    .withSettings({ coordinators: [coordinator], chairs: { level2: [sian, owen], level3: [] } })
    .seeded(async ({ storage }) => {
      await storage
        .collection(caseKind)
        .create(aCase({ id: 'case_x', level: 2, chair: sian, members: [member(dan), member(gareth)] }));
      await storage.collection(seriesKind).create(series);
    });
}

const roleOf = async (a: TestApp, person: Person) => {
  const me = a.services.me;
  a.as(person);
  const access = await caseAccess(a.services, 'case_x');
  a.as(me);
  return access.role;
};

const unanswered = new UnavailableError('Microsoft 365 did not answer. Nothing is lost; try again in a moment.');

/** The series in a calendar, whose port records each change of attendees and refuses while `down`. */
async function inCalendar(a: TestApp) {
  const stored = (await a.store.collection(seriesKind).get('ser_x'))!;
  await a.store
    .collection(seriesKind)
    .update({ ...stored.doc, calendar: { eventId: 'evt-1', transactionId: 'ser_x', steps: [] } }, stored.version);
  const calendar = { updates: [] as { eventId: string; invited: string[] }[], down: false };
  const scheduling = Object.assign(new LocalScheduling(a.store, a.services.clock), {
    updateAttendees: async (link: { eventId: string }, people: readonly Person[]) => {
      if (calendar.down) throw unanswered;
      calendar.updates.push({ eventId: link.eventId, invited: people.map((p) => p.name) });
    },
  });
  a.with({ scheduling });
  return calendar;
}

const change = { chair: owen, members: [member(dan), member(amy, false)], rationale: 'Owen chairs from December.' };

describe('setting a case’s chair and members', () => {
  it('names them on the case and its live series, so the access policy follows, kept and audited', async () => {
    const a = await app();
    expect(await roleOf(a, amy)).toBe('none');
    expect(await roleOf(a, gareth)).toBe('member');

    const out = await recordCaseTeam(a.services, 'case_x', change);
    expect(out.ok && out.value.seriesUpdated).toBe(true);

    const saved = (await a.store.collection(caseKind).get('case_x'))!.doc;
    expect(saved.chair).toEqual(owen);
    expect(saved.members).toEqual(change.members);
    const live = (await a.store.collection(seriesKind).get('ser_x'))!.doc;
    expect(live.chair).toEqual(owen);
    expect(live.members).toEqual([dan, amy]);

    // Amy joins the case; Gareth, removed from both, no longer has a part in it; Owen chairs.
    expect(await roleOf(a, amy)).toBe('member');
    expect(await roleOf(a, gareth)).toBe('none');
    expect(await roleOf(a, owen)).toBe('chair');
    expect(await roleOf(a, sian)).toBe('none');

    const kept = (await a.store.collection(caseDecisionKind).list({ kind: 'teamChanged' })).map((d) => d.doc);
    expect(kept).toEqual([
      expect.objectContaining({ by: { id: coordinator.id, name: coordinator.name }, rationale: change.rationale }),
    ]);
    const lines = (await a.store.collection(auditKind).list({ caseId: 'case_x' })).map((l) => l.doc);
    expect(lines).toEqual([
      expect.objectContaining({
        verb: 'edit',
        reason: change.rationale,
        detail: { step: 'chair and members changed', chair: owen.name, added: '1', removed: '1' },
      }),
    ]);
  });

  it('has no invitation to change while the series is not in a calendar', async () => {
    const a = await app();
    const out = await recordCaseTeam(a.services, 'case_x', change);
    expect(out.ok && out.value.invitations).toEqual({ state: 'nothingToUpdate' });
  });

  it('changes whom the series in the calendar invites: its chair, then its members', async () => {
    const a = await app();
    const calendar = await inCalendar(a);
    const out = await recordCaseTeam(a.services, 'case_x', change);
    expect(out.ok && out.value.invitations).toEqual({ state: 'updated' });
    expect(calendar.updates).toEqual([{ eventId: 'evt-1', invited: [owen.name, dan.name, amy.name] }]);
  });

  it('keeps the change when the calendar refuses, says so plainly, and a retry updates the invitations once', async () => {
    const a = await app();
    const calendar = await inCalendar(a);
    calendar.down = true;
    const out = await recordCaseTeam(a.services, 'case_x', change);
    if (!out.ok) throw new Error('the change was refused');
    const { invitations } = out.value;
    expect(invitations?.state).toBe('notUpdated');
    if (invitations?.state !== 'notUpdated') return;
    expect(english()(invitations.problem)).toBe(
      'The invitations already in Outlook calendars could not be updated: Microsoft 365 did not answer. Nothing is lost; try again in a moment.',
    );
    // The case, its series, its history and the audit all kept the change.
    expect((await a.store.collection(caseKind).get('case_x'))!.doc.chair).toEqual(owen);
    expect((await a.store.collection(seriesKind).get('ser_x'))!.doc.members).toEqual([dan, amy]);
    expect(await a.store.collection(caseDecisionKind).list({ kind: 'teamChanged' })).toHaveLength(1);
    expect(await a.store.collection(auditKind).list({ caseId: 'case_x' })).toHaveLength(1);
    // The series remembers, so its panels offer the retry after the dialog has closed.
    const outdated = async () => (await a.store.collection(seriesKind).get('ser_x'))!.doc.calendar?.attendeesOutdated;
    expect(await outdated()).toBe(true);

    calendar.down = false;
    await expect(updateCaseInvitations(a.services, 'case_x')).resolves.toEqual({ state: 'updated' });
    expect(await outdated()).toBeUndefined();
    expect(calendar.updates).toEqual([{ eventId: 'evt-1', invited: [owen.name, dan.name, amy.name] }]);
    // The retry changed no record: nothing of the change is written twice.
    expect(await a.store.collection(caseDecisionKind).list({ kind: 'teamChanged' })).toHaveLength(1);
    expect(await a.store.collection(auditKind).list({ caseId: 'case_x' })).toHaveLength(1);
  });

  it('names whose calendar holds the series when another coordinator’s change cannot reach it', async () => {
    const colleague = aPerson({ id: 'u_col', name: 'Colm Fictional', email: 'colm@probation.example.gov.uk' });
    const a = await app();
    a.withSettings({ coordinators: [coordinator, colleague] });
    const calendar = await inCalendar(a);
    calendar.down = true;
    a.as(colleague);
    const out = await recordCaseTeam(a.services, 'case_x', change);
    const invitations = out.ok ? out.value.invitations : undefined;
    expect(invitations).toEqual({ state: 'notUpdated', problem: expect.anything() });
    expect(english()((invitations as { problem: Message }).problem)).toBe(
      'The invitations already in Outlook calendars could not be updated: the series is in the calendar of Cora Ordinator, who scheduled it. Microsoft 365 did not answer. Nothing is lost; try again in a moment.',
    );
  });

  it('lets only a coordinator retry the invitations', async () => {
    const a = await app();
    await inCalendar(a);
    a.as(sian);
    await expect(updateCaseInvitations(a.services, 'case_x')).rejects.toBeInstanceOf(NotOnCaseError);
  });

  it('leaves an ended series as it was', async () => {
    const a = await app();
    const stored = (await a.store.collection(seriesKind).get('ser_x'))!;
    await a.store
      .collection(seriesKind)
      .update({ ...stored.doc, status: 'ended', endedOn: '2026-11-10' }, stored.version);
    const out = await recordCaseTeam(a.services, 'case_x', change);
    expect(out.ok && out.value.seriesUpdated).toBe(false);
    expect(out.ok && out.value.invitations).toBeUndefined();
    expect((await a.store.collection(seriesKind).get('ser_x'))!.doc.members).toEqual([dan, gareth]);
  });

  it('writes nothing while the chair is not eligible or the rationale is missing', async () => {
    const a = await app();
    const out = await recordCaseTeam(a.services, 'case_x', { ...change, chair: dan, rationale: '' });
    expect(!out.ok && out.error.map((m) => m.key)).toEqual([
      'caseTeam.team.problem.notEligible',
      'caseTeam.team.problem.rationale',
    ]);
    expect((await a.store.collection(caseKind).get('case_x'))!.doc.chair).toEqual(sian);
    expect(await a.store.collection(auditKind).list({ caseId: 'case_x' })).toHaveLength(0);
  });

  it('is the coordinators’ to set: the chair is refused, and the refusal audited', async () => {
    const a = await app(sian);
    await expect(recordCaseTeam(a.services, 'case_x', change)).rejects.toBeInstanceOf(NotOnCaseError);
    expect((await a.store.collection(caseKind).get('case_x'))!.doc.members).toEqual([member(dan), member(gareth)]);
    const lines = (await a.store.collection(auditKind).list({ caseId: 'case_x' })).map((l) => l.doc);
    expect(lines).toEqual([expect.objectContaining({ verb: 'refuse', actor: { id: sian.id, name: sian.name } })]);
  });
});
