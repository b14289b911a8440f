/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder, TextEncoder } from 'node:util';

import { MinutesSession, pickMeeting } from '../../../src/app/minutes/minutesSession';
import { resetMinutesSessions } from '../../../src/app/minutes/useMinutes';
import { MemoryDraftStore } from '../../../src/adapters/memory/memoryDraftStore';
import { ServicesProvider } from '../../../src/app/ServicesProvider';
import type { Services } from '../../../src/app/services';
import { writtenUpdateKind } from '../../../src/core/actions/writtenUpdate.schema';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { acknowledgementKind } from '../../../src/core/confidentiality/acknowledgement.schema';
import { buildAcknowledgement } from '../../../src/core/confidentiality/acknowledgements';
import { minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import { finalise } from '../../../src/core/minutes/signOff';
import { meetingKind } from '../../../src/core/panels/series.schema';
import type { OutgoingMail } from '../../../src/core/ports';
import { demoPeople } from '../../../src/adapters/local/demoData';
import type { Person } from '../../../src/core/people/agency';
import MinutesEditor from '../../../src/ui/minutes/MinutesEditor';
import SidePanelRunner from '../../../src/ui/minutes/SidePanelRunner';
import { completeDisclosure } from '../../core/confidentiality/fixtures';
import { demoServices } from '../../support/demoServices';

// The Word exporter encodes with TextEncoder, which every browser has and jsdom does not.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });

/** Level 2, adult, not a child sex offender; coordinator Jo Whitfield. */
const ADULT = 'case_demo_0101';
/** Level 3, child sex offender. */
const CSO = 'case_demo_0102';
/** Sixteen years old; youth justice and children's services on the panel. */
const CHILD = 'case_demo_0103';

const chairs: Record<string, Person> = {
  [ADULT]: demoPeople.sianPryce,
  [CSO]: demoPeople.helenMarsh,
  [CHILD]: demoPeople.owenGreaves,
};

async function setup(caseId: string, prepare?: (m: Minutes, s: Services) => Minutes | Promise<Minutes>) {
  resetMinutesSessions();
  const sent: OutgoingMail[] = [];
  // Signed in as the case's chair, whom the access policy lets run and sign the minutes.
  const services = await demoServices({
    me: chairs[caseId],
    mail: {
      send: async (m: OutgoingMail) => {
        sent.push(m);
      },
    },
  });
  if (prepare) {
    const session = await MinutesSession.open(services, caseId, undefined, new MemoryDraftStore());
    if (!(session instanceof MinutesSession)) throw new Error(JSON.stringify(session.error));
    const doc = await prepare(session.autosave.getSnapshot().doc!, services);
    session.autosave.edit(() => doc);
    await session.autosave.flush();
  }
  return { services, sent, user: userEvent.setup() };
}

async function meetingIdOf(services: Services, caseId: string): Promise<string> {
  const meetings = (await services.storage.collection(meetingKind).list({ caseId })).map((s) => s.doc);
  return pickMeeting(meetings, services.clock.now())!.id;
}

function renderPanel(services: Services, caseId: string) {
  return render(
    <ServicesProvider services={services}>
      <SidePanelRunner caseId={caseId} />
    </ServicesProvider>,
  );
}

async function goTo(user: ReturnType<typeof userEvent.setup>, section: string) {
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Go to section' }), section);
}

const stored = async (services: Services, caseId: string) =>
  (await services.storage.collection(minutesKind).list({ caseId }))[0]!.doc;

const missingList = () => screen.getByRole('list', { name: 'Missing before finalising' });

describe('disclosure in the minutes', () => {
  it('blocks a decision to disclose until complete, prompting the child-sex-offender presumption', async () => {
    const { services, user } = await setup(CSO);
    renderPanel(services, CSO);
    await goTo(user, 'disclosure');
    await user.click(await screen.findByRole('button', { name: 'Record a disclosure decision' }));
    const form = screen.getByRole('form', { name: 'Disclosure decision' });
    expect(within(form).getByRole('note')).toHaveTextContent(/presumption that disclosure will take place/);
    await user.click(within(form).getByRole('radio', { name: 'Disclose' }));
    const save = within(form).getByRole('button', { name: 'Save decision' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    const missing = within(form).getByRole('list', { name: 'Still to answer' });
    expect(missing).toHaveTextContent('Give the reasons for the decision.');
    expect(missing).toHaveTextContent('Say whether the presumption of disclosure applies.');
    expect(missing).toHaveTextContent('Choose the lawful basis.');
    await user.click(save);
    expect((await stored(services, CSO)).disclosure.decisions).toEqual([]);

    // “Not needed” is a decision too, and needs its reasons (and here the presumption answered).
    await user.click(within(form).getByRole('radio', { name: 'Disclosure considered: not needed' }));
    await user.type(within(form).getByRole('textbox', { name: /Reasons for the decision/ }), 'No new contacts');
    await user.click(within(form).getByRole('radio', { name: 'No' }));
    expect(save).toHaveAttribute('aria-disabled', 'true');
    await user.type(
      within(form).getByRole('textbox', { name: /Why it does not apply/ }),
      'No particular children are at risk',
    );
    expect(save).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(save);
    expect(await within(form).findByText('Decision saved.')).toBeInTheDocument();
    const doc = await stored(services, CSO);
    expect(doc.disclosure.considered).toBe(true);
    expect(doc.disclosure.decisions).toEqual([
      expect.objectContaining({
        outcome: 'notNeeded',
        reasons: 'No new contacts',
        childSexOffenderPresumption: { applies: 'no', note: 'No particular children are at risk' },
        recordedAt: services.clock.now().toISOString(),
      }),
    ]);
    expect(screen.getByRole('region', { name: 'Disclosure decision 1' })).toHaveTextContent(
      'Decision 1: Considered: not needed',
    );
  });

  it('for a nominal under 18 offers only the youth justice and children’s services people present', async () => {
    const { services, user } = await setup(CHILD);
    renderPanel(services, CHILD);
    await goTo(user, 'disclosure');
    await user.click(await screen.findByRole('button', { name: 'Record a disclosure decision' }));
    const yj = screen.getByRole('combobox', { name: /Senior youth offending team representative/ });
    expect(
      within(yj)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Not present', `${demoPeople.callumBrierley.name}, ${demoPeople.callumBrierley.role}`]);
    expect(screen.getByRole('list', { name: 'Still to answer' })).toHaveTextContent(
      /under 18: no disclosure decision can be recorded unless a senior youth justice representative/,
    );
  });

  it('reports a disclosure to the coordinator, records when, and opens the printable record', async () => {
    const { services, sent, user } = await setup(ADULT, (m) => ({
      ...m,
      disclosure: { considered: true, decisions: [completeDisclosure({ id: 'dis_seeded' })], notes: '' },
    }));
    renderPanel(services, ADULT);
    await goTo(user, 'signOff');
    expect(
      await screen.findByText(/Disclosure decision 1 has not been reported to the MAPPA coordinator/),
    ).toBeVisible();
    await goTo(user, 'disclosure');
    const decision = await screen.findByRole('region', { name: 'Disclosure decision 1' });
    expect(decision).toHaveTextContent('Not yet reported to the MAPPA coordinator.');
    await user.click(within(decision).getByRole('button', { name: 'Change decision 1' }));
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Decision saved and reported to the MAPPA coordinator.')).toBeInTheDocument();
    expect(sent).toEqual([
      // Welsh first, then English, as every mail the app sends to someone whose language it does not know.
      expect.objectContaining({
        to: [demoPeople.joWhitfield.email],
        subject: 'Datgeliad wedi’i gofnodi: MP-2026-0101 / Disclosure recorded: MP-2026-0101',
      }),
    ]);
    expect(sent[0]!.body).not.toContain(completeDisclosure().information);
    await waitFor(async () =>
      expect((await stored(services, ADULT)).disclosure.decisions[0]?.reportedToCoordinatorAt).toBe(
        services.clock.now().toISOString(),
      ),
    );
    expect(decision).toHaveTextContent(/Reported to the MAPPA coordinator on/);
    await user.click(within(decision).getByRole('button', { name: 'Show the disclosure record for decision 1' }));
    const record = within(decision).getByRole('article', { name: 'MAPPA disclosure record' });
    expect(record).toHaveTextContent(completeDisclosure().information);
    expect(within(record).getAllByText('OFFICIAL-SENSITIVE')).toHaveLength(2);
  });

  it('a decision to disclose is not saved without a coordinator to report it to', async () => {
    const { services, user } = await setup(ADULT, (m) => ({
      ...m,
      meetingDetails: { ...m.meetingDetails, coordinator: undefined },
    }));
    renderPanel(services, ADULT);
    await goTo(user, 'disclosure');
    await user.click(await screen.findByRole('button', { name: 'Record a disclosure decision' }));
    await user.click(screen.getByRole('radio', { name: 'Disclose' }));
    expect(screen.getByRole('list', { name: 'Still to answer' })).toHaveTextContent(/No MAPPA coordinator/);
    await user.click(screen.getByRole('radio', { name: 'Disclosure considered: not needed' }));
    expect(screen.queryByText(/No MAPPA coordinator/)).not.toBeInTheDocument();
  });
});

describe('agency information', () => {
  it('checks each entry for the minimum necessary, prompts health over-sharing and stores the answers', async () => {
    const { services, user } = await setup(ADULT);
    renderPanel(services, ADULT);
    await goTo(user, 'agencyInformation');
    await user.click(await screen.findByRole('button', { name: 'Add an agency’s information' }));
    const entry = screen.getByRole('region', { name: 'Entry 1: Police' });
    await user.selectOptions(within(entry).getByRole('combobox', { name: 'Agency of entry 1' }), 'health');
    const region = screen.getByRole('region', { name: 'Entry 1: Health' });
    fireEvent.change(within(region).getByRole('textbox', { name: /^Information from Health/ }), {
      target: { value: 'Prescribed 20mg olanzapine; engaging well' },
    });
    const flags = await within(region).findByRole('status', { name: 'Possible over-sharing' });
    expect(flags).toHaveTextContent(/Medication/);
    const check = within(region).getByRole('group', { name: 'Minimum necessary: entry 1' });
    await user.click(within(check).getAllByRole('radio', { name: 'Yes' })[0]!);
    await user.type(within(check).getByRole('textbox', { name: /How does it bear on the risk/ }), 'Relapse indicator');
    await user.click(within(check).getAllByRole('radio', { name: 'Yes' })[1]!);
    await user.click(within(check).getByRole('radio', { name: 'Consent obtained' }));
    await user.type(within(check).getByRole('textbox', { name: /Condition on onward use/ }), 'Not beyond the panel');
    expect(within(check).getByRole('group', { name: 'Still to answer' })).toHaveTextContent(
      /looks beyond the minimum for health information/,
    );
    fireEvent.change(within(check).getByRole('textbox', { name: /Why the risk needs this detail/ }), {
      target: { value: 'Stopping it preceded the index offence' },
    });
    expect(within(check).queryByRole('group', { name: 'Still to answer' })).not.toBeInTheDocument();
    await waitFor(
      async () =>
        expect((await stored(services, ADULT)).agencyInformation[0]?.minimumNecessary).toMatchObject({
          neededForRisk: 'yes',
          leastThatServes: 'yes',
          consent: 'obtained',
          onwardUse: 'Not beyond the panel',
          beyondMinimumJustification: 'Stopping it preceded the index offence',
        }),
      { timeout: 15_000 },
    );
  });

  it('marks written updates as such and lists an unchecked entry as missing before finalising', async () => {
    const services0 = await demoServices();
    const meetingId = await meetingIdOf(services0, ADULT);
    const { services, user } = await setup(ADULT);
    await services.storage.collection(writtenUpdateKind).create({
      id: 'wu_1',
      meetingId,
      caseId: ADULT,
      caseReference: 'MP-2026-0101',
      author: demoPeople.garethPennock,
      text: 'Tenancy offered at a new address',
      at: '2026-11-19T09:00:00.000Z',
    });
    renderPanel(services, ADULT);
    await goTo(user, 'agencyInformation');
    const entry = await screen.findByRole('region', { name: 'Entry 1: Housing, written update' });
    expect(entry).toHaveTextContent(`Written update from ${demoPeople.garethPennock.name}`);
    expect(within(entry).getByRole('textbox', { name: /Information from Housing \(written update\)/ })).toHaveValue(
      'Tenancy offered at a new address',
    );
    await goTo(user, 'signOff');
    expect(missingList()).toHaveTextContent(
      `The information from ${demoPeople.garethPennock.name} (written update) has not passed the minimum-necessary check.`,
    );
  });
});

describe('acknowledgements in the attendance', () => {
  it('shows who acknowledged and when, who has not, and blocks finalising until each has a reason', async () => {
    const services0 = await demoServices();
    const meetingId = await meetingIdOf(services0, ADULT);
    const { services, user } = await setup(ADULT);
    await services.storage.collection(acknowledgementKind).create(
      buildAcknowledgement({
        meetingId,
        caseId: ADULT,
        person: demoPeople.danOkoro,
        at: new Date('2026-11-20T09:55:00.000Z'),
        statement: 'Confidential',
      }),
    );
    renderPanel(services, ADULT);
    await goTo(user, 'attendance');
    const dan = await screen.findByRole('group', { name: demoPeople.danOkoro.name });
    await waitFor(() =>
      expect(dan).toHaveTextContent('Acknowledged the confidentiality statement on 20 Nov 2026, 09:55.'),
    );
    const notYet = await screen.findByRole('list', { name: 'Not yet acknowledged' });
    expect(notYet).not.toHaveTextContent(demoPeople.danOkoro.name);
    expect(notYet).toHaveTextContent(demoPeople.nadiaFarouk.name);
    await waitFor(async () =>
      expect(
        (await stored(services, ADULT)).attendance.find((a) => a.person.id === demoPeople.danOkoro.id)?.acknowledgedAt,
      ).toBe('2026-11-20T09:55:00.000Z'),
    );

    await goTo(user, 'signOff');
    expect(missingList()).toHaveTextContent(/each present attendee must acknowledge the confidentiality statement/);
    expect(missingList()).toHaveTextContent(demoPeople.nadiaFarouk.name);

    await goTo(user, 'attendance');
    for (const p of [
      demoPeople.sianPryce,
      demoPeople.nadiaFarouk,
      demoPeople.garethPennock,
      demoPeople.mayaLindqvist,
    ]) {
      fireEvent.change(await screen.findByRole('textbox', { name: `Why ${p.name} has not acknowledged` }), {
        target: { value: 'Joined by telephone' },
      });
    }
    expect(screen.queryByRole('textbox', { name: `Why ${demoPeople.danOkoro.name} has not acknowledged` })).toBeNull();
    await goTo(user, 'signOff');
    expect(missingList()).not.toHaveTextContent(/must acknowledge/);
    const doc = await waitFor(async () => {
      const d = await stored(services, ADULT);
      expect(d.attendance.filter((a) => a.acknowledgementWaiver?.reason === 'Joined by telephone')).toHaveLength(4);
      return d;
    });
    expect(doc.attendance[0]?.acknowledgementWaiver?.recordedBy).toEqual({
      id: services.me.id,
      name: services.me.name,
    });
  });
});

/** Everything the completeness check needs, from the prepared review. */
function complete(m: Minutes): Minutes {
  const someone = m.attendance[0]!.person;
  return {
    ...m,
    meetingDetails: { ...m.meetingDetails, minuteTaker: someone },
    statements: {
      ...m.statements,
      confidentialityReadAt: '2026-11-20T10:00:00.000Z',
      equalityReadAt: '2026-11-20T10:00:00.000Z',
    },
    attendance: m.attendance.map((a) => ({ ...a, acknowledgedAt: '2026-11-20T09:59:00.000Z' })),
    purpose: { ...m.purpose, reason: 'Scheduled review', changesSinceLast: '' },
    previousActions: m.previousActions.map((p) => ({ ...p, outcome: 'done' as const })),
    riskAssessment: {
      ...m.riskAssessment,
      community: { public: 'high' },
      whoIsAtRisk: 'Former partner',
      nature: 'Violence',
    },
    disclosure: {
      considered: true,
      decisions: [{ ...completeDisclosure({ outcome: 'notNeeded' }), id: 'dis_n' }],
      notes: '',
    },
    plan: {
      supervision: { text: '', noneNeededReason: 'Weekly reporting continues' },
      monitoringControl: { text: '', noneNeededReason: 'Licence conditions suffice' },
      interventionsTreatment: { text: '', noneNeededReason: 'Programme completed' },
      victimSafety: { text: '', noneNeededReason: 'Victim has moved away' },
      contingency: { text: 'Recall on any breach' },
    },
    victimIssues: {
      text: '',
      flaggedVictims: [{ id: 'vic_1', name: 'Vera Victim', email: 'vera.victim@probation.example.gov.uk' }],
    },
    decisions: {
      ...m.decisions,
      level: 2,
      levelRationale: 'Active coordination',
      category: 2,
      categoryRationale: 'Violent offence',
    },
    offenderInvolvement: { informed: 'yes', reasonNotInformed: '', representations: '' },
    nextReview: { ...m.nextReview, date: m.nextReview.proposedDate },
    executiveSummary: { text: 'Plan reviewed; Level 2 continues.' },
  };
}

describe('distribution after finalising', () => {
  it('refuses a non-approved address and a victim, sends the rest and the summary via the coordinator, all audited', async () => {
    const { services, sent, user } = await setup(ADULT, (m, s) => {
      const r = finalise(complete(m), s.me, s.clock.now(), s.settings.timeZone);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    });
    render(
      <ServicesProvider services={services}>
        <MinutesEditor caseId={ADULT} />
      </ServicesProvider>,
    );
    // The dialog loads lazily after the editor: on a busy machine that takes longer than the default second.
    await user.click(await screen.findByRole('button', { name: 'Distribute minutes' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Distribute minutes' });
    const add = async (address: string) => {
      await user.type(within(dialog).getByRole('textbox', { name: 'Add an address' }), address);
      await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    };
    await add('pat.press@gmail.example.com');
    await add('vera.victim@probation.example.gov.uk');
    const refused = within(dialog).getByRole('list', { name: 'Will not receive the minutes' });
    expect(refused).toHaveTextContent(/pat\.press@gmail\.example\.com\): This address is not on the area’s approved/);
    expect(refused).toHaveTextContent(/vera\.victim@probation\.example\.gov\.uk\): This person is flagged as a victim/);
    const receive = within(dialog).getByRole('list', { name: 'Will receive the minutes' });
    expect(receive).toHaveTextContent(demoPeople.danOkoro.email);
    expect(receive).not.toHaveTextContent('vera.victim');

    await user.click(within(dialog).getByRole('button', { name: 'Send minutes' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      /Minutes sent to 5 people\. The executive summary went to the MAPPA coordinator \(Jo Whitfield\) for the 2 refused requests\./,
    );
    const minutesMail = sent.find((m) => m.subject.startsWith('MAPPA minutes'))!;
    expect(minutesMail.to).not.toContain('pat.press@gmail.example.com');
    expect(minutesMail.to).not.toContain('vera.victim@probation.example.gov.uk');
    expect(minutesMail.attachments?.[0]?.base64.length).toBeGreaterThan(100);
    const summaryMail = sent.find((m) => m.subject.startsWith('MAPPA executive summary'))!;
    expect(summaryMail.to).toEqual([demoPeople.joWhitfield.email]);
    expect(summaryMail.body).not.toMatch(/flagged|approved/i);
    expect(summaryMail.body).toContain('- pat.press@gmail.example.com\n');
    const audit = (await services.storage.collection(auditKind).list({ caseId: ADULT })).map((a) => a.doc);
    expect(audit.filter((a) => a.verb === 'distribute')).toHaveLength(2);
    expect(audit.filter((a) => a.verb === 'refuse')).toHaveLength(1);

    // Sent is recorded with the version: "Send minutes" is then unavailable and says when they went.
    await waitFor(async () =>
      expect((await stored(services, ADULT)).distribution).toMatchObject({
        sentAt: services.clock.now().toISOString(),
        sentVersion: 1,
      }),
    );
    const again = within(dialog).getByRole('button', { name: 'Send minutes' });
    await waitFor(() => expect(again).toHaveAttribute('aria-disabled', 'true'));
    expect(again).toHaveAccessibleDescription(/^Sent on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \(version 1\)\./);
    await user.click(again);
    expect(sent.filter((m) => m.subject.startsWith('MAPPA minutes'))).toHaveLength(1);
  }, 180_000);

  it('audits every download of the minutes', async () => {
    const { services, user } = await setup(ADULT, (m, s) => {
      const r = finalise(complete(m), s.me, s.clock.now(), s.settings.timeZone);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    });
    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPanel(services, ADULT);
    await goTo(user, 'signOff');
    await user.click(
      await screen.findByRole('button', { name: 'Export executive summary (.docx)' }, { timeout: 15_000 }),
    );
    // The export asks why first; without a reason nothing is made.
    await user.click(await screen.findByRole('button', { name: 'Export' }, { timeout: 15_000 }));
    expect(await screen.findByText(/Say why you are exporting/)).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: /Why are you exporting/ }), 'Requested by the area lead');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const exports = (await services.storage.collection(auditKind).list({ caseId: ADULT }))
      .map((a) => a.doc)
      .filter((a) => a.verb === 'export');
    expect(exports).toEqual([
      expect.objectContaining({
        actor: { id: services.me.id, name: services.me.name },
        reason: 'Requested by the area lead',
        detail: expect.objectContaining({ what: 'executive summary (docx)' }),
      }),
    ]);
    click.mockRestore();
  });
});
