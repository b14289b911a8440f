import {
  changeLevel,
  endSeries,
  exitMappa,
  scheduleSeries,
  scheduleUrgent,
} from '../../../src/app/scheduling/scheduleSeries';
import { baseLockDown, premiumLockDown } from '../../../src/adapters/graph/graphScheduling';
import { baseScopes, schedulingScopes } from '../../../src/adapters/graph/scopes';
import { caseKind } from '../../../src/core/cases/case.schema';
import { PermissionError } from '../../../src/core/shared/errors';
import { updatableOnlineMeetingProperties } from '../../fakes/graph/resources/onlineMeetings';
import { meetingKind, seriesKind } from '../../../src/core/panels/series.schema';
import { meetingIdFor } from '../../../src/core/scheduling/meetings';
import { english } from '../../../src/i18n/translator';
import { aCase, aPerson } from '../../builders';
import { aSeries, graphWorld, meetingsOf } from '../../fakes/graph/scenario';

describe('scheduling a panel series through Graph', () => {
  it('creates one private recurring Teams meeting at the cadence, locks it down, moves the bank holiday and adds the tab', async () => {
    const w = await graphWorld({ premium: true });
    const series = aSeries();
    const out = await scheduleSeries(w, series, meetingsOf(series), []);
    expect(out.remaining).toEqual([]);
    expect(out.series.doc.status).toBe('active');
    expect(out.lock?.notApplied).toEqual([]);

    const [event, ...others] = w.fake.seriesFor(series.id);
    expect(others).toHaveLength(0);
    expect(event).toMatchObject({
      isOnlineMeeting: true,
      sensitivity: 'private',
      transactionId: series.id,
      recurrence: {
        pattern: { type: 'weekly', interval: 10, daysOfWeek: ['monday'] },
        range: { startDate: '2026-02-02' },
      },
    });
    expect(JSON.stringify(event)).not.toContain('Jordan'); // no nominal's name in the calendar
    const meeting = [...w.fake.meetings.values()][0];
    expect(meeting).toMatchObject({
      allowRecording: false,
      allowTranscription: false,
      allowedPresenters: 'organizer',
      lobbyBypassSettings: { scope: 'organizer' },
      watermarkProtection: { isEnabledForVideo: true },
    });
    expect(event!.exceptions.get('2026-08-31')).toMatchObject({ start: { dateTime: '2026-09-01T10:00:00' } });
    const chat = w.fake.chats.get(out.series.doc.calendar!.chatId!);
    expect(chat?.tabs).toEqual([
      expect.objectContaining({
        configuration: expect.objectContaining({
          entityId: 'case_test',
          contentUrl: 'https://mappa.northshire.example.gov.uk/tab.html?caseId=case_test',
        }),
      }),
    ]);

    // The app's own meetings, bound to the online meeting's chat so the meeting tab finds them.
    const meetings = (await w.storage.collection(meetingKind).list({ chatId: out.series.doc.calendar!.chatId! }))
      .map((m) => m.doc)
      .sort((a, b) => a.sequence - b.sequence);
    expect(meetings).toHaveLength(12);
    expect(meetings[0]).toMatchObject({
      id: meetingIdFor(series.id, 1),
      kind: 'initial',
      sequence: 1,
      status: 'scheduled',
      joinUrl: out.series.doc.calendar!.joinUrl,
    });
    expect(meetings[3]?.start).toBe('2026-09-01T09:00:00.000Z');
  });

  it('degrades cleanly where watermarking is not licensed', async () => {
    const w = await graphWorld({ premium: false });
    const series = aSeries();
    const out = await scheduleSeries(w, series, meetingsOf(series), []);
    expect(out.remaining).toEqual([]);
    expect(out.lock?.notApplied).toContain('watermark');
    expect([...w.fake.meetings.values()][0]).toMatchObject({ allowRecording: false });
  });

  it('stops in a resumable state when the meeting chat is not ready, and finishes on the next run', async () => {
    const w = await graphWorld({ chatNotReadyFor: 1 });
    const series = aSeries();
    const first = await scheduleSeries(w, series, meetingsOf(series), []);
    expect(first.series.doc.status).toBe('scheduling');
    expect(first.remaining).toEqual(['app']);
    const second = await scheduleSeries(w, series, meetingsOf(series), [first.series]);
    expect(second.remaining).toEqual([]);
    expect(second.series.doc.status).toBe('active');
    expect(w.fake.seriesFor(series.id)).toHaveLength(1);
  });

  it('refuses a second live series for a case', async () => {
    const w = await graphWorld();
    const series = aSeries();
    const first = await scheduleSeries(w, series, meetingsOf(series), []);
    const other = aSeries({ firstMeetingDate: '2026-03-02' });
    await expect(scheduleSeries(w, other, meetingsOf(other), [first.series])).rejects.toThrow(
      /already has a panel series/,
    );
    // The person reads the refusal in their own language.
    await expect(scheduleSeries(w, other, meetingsOf(other), [first.series])).rejects.toMatchObject({
      said: { key: 'errors.scheduling.seriesExists' },
    });
  });

  it('changes level by ending the old series (keeping it) and starting one at the new cadence', async () => {
    const w = await graphWorld();
    const l2 = aSeries();
    const first = await scheduleSeries(w, l2, meetingsOf(l2), []);
    const l3 = aSeries({ level: 3, cadenceWeeks: 6, firstMeetingDate: '2026-05-04' });
    const out = await changeLevel(w, first.series, '2026-04-13', l3, meetingsOf(l3));
    const old = await w.storage.collection(seriesKind).get(l2.id);
    expect(old?.doc).toMatchObject({ status: 'ended', endedOn: '2026-04-13' });
    expect(w.fake.seriesFor(l2.id)[0]?.recurrence).toMatchObject({
      range: { type: 'endDate', endDate: '2026-04-13', startDate: '2026-02-02' },
    });
    expect(out.series.doc).toMatchObject({ status: 'active', level: 3 });
    expect(w.fake.seriesFor(l3.id)[0]?.recurrence).toMatchObject({ pattern: { interval: 6 } });
    const oldMeetings = (await w.storage.collection(meetingKind).list({ seriesId: l2.id })).map((m) => m.doc);
    expect(oldMeetings.filter((m) => m.status !== 'cancelled').map((m) => m.sequence)).toEqual([1, 2]);
    const newMeetings = (await w.storage.collection(meetingKind).list({ seriesId: l3.id })).map((m) => m.doc);
    expect(newMeetings).toHaveLength(12);
    expect(newMeetings.find((m) => m.id === meetingIdFor(l3.id, 1))).toMatchObject({
      sequence: 3,
      kind: 'review',
      chatId: out.series.doc.calendar!.chatId,
    });
  });

  it('ends a series on exit from MAPPA', async () => {
    const w = await graphWorld();
    const s = aSeries();
    const first = await scheduleSeries(w, s, meetingsOf(s), []);
    const ended = await endSeries(w, first.series, '2026-06-01', 'Exited MAPPA');
    expect(ended.doc.status).toBe('ended');
    expect(w.fake.seriesFor(s.id)[0]?.recurrence).toMatchObject({ range: { endDate: '2026-06-01' } });
  });

  it('exit from MAPPA ends the series, cancels the meetings to come and marks the case exited', async () => {
    const w = await graphWorld();
    await w.storage.collection(caseKind).create(aCase());
    const s = aSeries();
    const first = await scheduleSeries(w, s, meetingsOf(s), []);
    await exitMappa(w, first.series, 'case_test', '2026-04-13');
    expect((await w.storage.collection(caseKind).get('case_test'))?.doc.status).toBe('exited');
    expect((await w.storage.collection(seriesKind).get(s.id))?.doc.status).toBe('ended');
    const ms = (await w.storage.collection(meetingKind).list({ seriesId: s.id })).map((m) => m.doc);
    expect(ms.filter((m) => m.status === 'scheduled')).toHaveLength(2);
    expect(ms.filter((m) => m.status === 'cancelled')).toHaveLength(10);
  });

  it('changes whom a series invites on its master: only those added or removed hear, and a repeat tells no one again', async () => {
    const w = await graphWorld();
    const s = aSeries();
    const out = await scheduleSeries(w, s, meetingsOf(s), []);
    const link = { eventId: out.series.doc.calendar!.eventId! };
    const scheduledWith = w.fake.recorded.length;
    const newcomer = aPerson({ id: 'u-new', name: 'Nia Newcomer', email: 'nia.newcomer@housing.example.gov.uk' });
    // The first answer is lost after Graph made the change, so the transport sends the PATCH again.
    w.fake.failNext((method, url) => method === 'PATCH' && url.startsWith('/me/events/'), 'lost');
    await w.scheduling.updateAttendees(link, [s.chair, newcomer]);
    await w.scheduling.updateAttendees(link, [s.chair, newcomer]);

    const patches = w.fake.recorded.slice(scheduledWith).filter((r) => r.route === 'event-update');
    expect(patches).toHaveLength(3); // the lost one, its repeat, and the second call
    for (const p of patches) {
      expect(p.url).toBe(`/me/events/${link.eventId}`);
      expect(Object.keys(p.body as object)).toEqual(['attendees']);
    }
    expect(w.fake.meetingUpdates).toEqual([
      { eventId: link.eventId, to: [newcomer.email, 'hana.health@nhs.example.nhs.uk'] },
    ]);
    const [event, ...others] = w.fake.seriesFor(s.id);
    expect(others).toHaveLength(0);
    expect(event?.type).toBe('seriesMaster');
    expect(event?.attendees).toEqual([
      { type: 'required', emailAddress: { address: s.chair.email, name: s.chair.name } },
      { type: 'required', emailAddress: { address: newcomer.email, name: newcomer.name } },
    ]);
  });

  it('schedules an urgent meeting as a single locked-down event with the app', async () => {
    const w = await graphWorld();
    const s = aSeries();
    const out = await scheduleUrgent(w, aCase(), {
      ...(await import('../../../src/app/scheduling/scheduleSeries')).planFor(s),
      key: 'urgent_case_test_1',
      cadenceWeeks: undefined,
    });
    expect(out.problems).toEqual([]);
    const ev = w.fake.seriesFor('urgent_case_test_1')[0];
    expect(ev?.recurrence).toBeUndefined();
    expect(ev?.type).toBe('singleInstance');
    expect(out.link.chatId).toBeDefined();
    const ms = (await w.storage.collection(meetingKind).list({ caseId: 'case_test' })).map((m) => m.doc);
    expect(ms).toEqual([
      expect.objectContaining({ id: 'urgent_case_test_1', kind: 'urgent', sequence: 1, chatId: out.link.chatId }),
    ]);
    expect([...w.fake.meetings.values()][0]).toMatchObject({ allowRecording: false, allowedPresenters: 'organizer' });
  });

  it('creates a series in at most ten round trips, five of them for the case folder and who may open it', async () => {
    const w = await graphWorld();
    const s = aSeries();
    const before = w.fake.roundTrips;
    await scheduleSeries(w, s, meetingsOf(s), []);
    // Five for the calendar, chat and records as before; the case's documents are files in its folder
    // (upload, its list item, its columns) and the folder is shared with the series' people.
    expect(w.fake.roundTrips - before).toBeLessThanOrEqual(10);
  });

  it('honours Retry-After when throttled', async () => {
    const w = await graphWorld();
    w.fake.faults.push('429');
    const s = aSeries();
    await scheduleSeries(w, s, meetingsOf(s), []);
    expect(w.sleeps).toContain(2000);
  });
});

describe('scheduling with faults injected at random on every request', () => {
  it.each(Array.from({ length: 30 }, (_, i) => i + 1))(
    'seed %i: completes or stops resumable, never two series, nothing lost',
    async (seed) => {
      const w = await graphWorld({ seed, premium: seed % 2 === 0 });
      w.fake.randomFaultRate = 0.3;
      const s = aSeries();
      let caseSeries: Awaited<ReturnType<typeof scheduleSeries>>['series'][] = [];
      let finished = false;
      for (let run = 0; run < 8 && !finished; run++) {
        try {
          const out = await scheduleSeries(w, s, meetingsOf(s), caseSeries);
          caseSeries = [out.series];
          finished = out.remaining.length === 0;
        } catch {
          // Stopped: the next run starts from what is stored.
          w.fake.randomFaultRate = 0;
          const stored = await w.storage.collection(seriesKind).list({ caseId: s.caseId });
          w.fake.randomFaultRate = 0.3;
          caseSeries = stored;
        }
      }
      w.fake.randomFaultRate = 0;
      expect(finished).toBe(true);
      expect(w.fake.seriesFor(s.id)).toHaveLength(1);
      const stored = await w.storage.collection(seriesKind).list({ caseId: s.caseId });
      expect(stored).toHaveLength(1);
      expect(stored[0]?.doc.status).toBe('active');
      const chat = w.fake.chats.get(stored[0]!.doc.calendar!.chatId!);
      expect(chat?.tabs).toHaveLength(1);
      const meetings = (await w.storage.collection(meetingKind).list({ seriesId: s.id })).map((m) => m.doc);
      expect(meetings).toHaveLength(12);
      expect(meetings.every((m) => m.chatId === stored[0]!.doc.calendar!.chatId)).toBe(true);
      expect(w.fake.seriesFor(s.id)[0]!.exceptions.has('2026-08-31')).toBe(true);
    },
  );
});

describe('scheduling: permissions, consent and requests that must not run twice', () => {
  it.each(['504', 'lost'] as const)('adds one tab when adding it took effect but the answer was %s', async (fault) => {
    const w = await graphWorld();
    w.fake.failNext((m, url) => m === 'POST' && /\/chats\/[^/]+\/tabs$/.test(url), fault);
    const s = aSeries();
    const out = await scheduleSeries(w, s, meetingsOf(s), []);
    expect(out.remaining).toEqual([]);
    const chat = w.fake.chats.get(out.series.doc.calendar!.chatId!);
    expect(chat?.tabs).toHaveLength(1);
    expect(w.fake.recorded.filter((r) => r.route === 'teamsTab-create')).toHaveLength(1);
  });

  it('reports a refused app installation as a missing permission, not as a chat still being prepared', async () => {
    const w = await graphWorld({ appInstallBlocked: true });
    const s = aSeries();
    const out = await scheduleSeries(w, s, meetingsOf(s), []);
    expect(out.remaining).toEqual(['app']);
    const problem = out.problems.map((p) => english()(p)).join(' ');
    expect(problem).toMatch(/TeamsAppInstallation\.ReadWriteSelfForChat/);
    expect(problem).toMatch(/administrator/);
    expect(problem).not.toMatch(/preparing/);
    const calendar = out.series.doc.calendar!;
    await expect(
      w.scheduling.addAppToMeetingChat(
        { eventId: calendar.eventId!, ...(calendar.chatId ? { chatId: calendar.chatId } : {}) },
        { caseId: 'c', seriesId: s.id, reference: 'R' },
      ),
    ).rejects.toBeInstanceOf(PermissionError);
  });

  it('locks the meeting with properties Graph lets a PATCH change, and nothing else', async () => {
    for (const k of [...Object.keys(baseLockDown), ...Object.keys(premiumLockDown)]) {
      expect(updatableOnlineMeetingProperties).toContain(k);
    }
    const w = await graphWorld({ premium: true });
    const s = aSeries();
    await scheduleSeries(w, s, meetingsOf(s), []);
    const patches = w.fake.recorded.filter((r) => r.route === 'onlineMeeting-update');
    expect(patches.length).toBeGreaterThan(0);
    for (const p of patches) {
      expect(Object.keys(p.body as object).every((k) => updatableOnlineMeetingProperties.includes(k))).toBe(true);
      expect(p.body).not.toHaveProperty('shareMeetingChatHistoryDefault');
    }
  });

  it('signs in with the base set and asks for the scheduling set, once, when scheduling first', async () => {
    const w = await graphWorld();
    expect(w.tokens.prompts).toEqual([[...baseScopes]]);
    const s = aSeries();
    await scheduleSeries(w, s, meetingsOf(s), []);
    expect(w.tokens.prompts).toEqual([[...baseScopes], [...schedulingScopes]]);
    expect(w.tokens.requests.flat()).not.toContain('Mail.Send');
  });

  it('stops resumably, naming the permission, when consent to scheduling is refused', async () => {
    const w = await graphWorld({}, { declined: ['OnlineMeetings.ReadWrite'] });
    const s = aSeries();
    const out = await scheduleSeries(w, s, meetingsOf(s), []);
    expect(out.series.doc.status).toBe('scheduling');
    expect(out.problems.map((p) => english()(p)).join(' ')).toMatch(/OnlineMeetings\.ReadWrite/);
    expect(w.fake.events.size).toBe(0);
  });
});
