import { LocalScheduling } from '../../../src/adapters/local/localScheduling';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { resolveBinding } from '../../../src/app/binding';
import {
  changeLevel,
  exitMappa,
  scheduleSeries,
  scheduleUrgent,
  planFor,
} from '../../../src/app/scheduling/scheduleSeries';
import { caseKind } from '../../../src/core/cases/case.schema';
import { meetingKind, seriesKind, type Meeting } from '../../../src/core/panels/series.schema';
import { projectMeetings } from '../../../src/core/scheduling/cadence';
import {
  meetingIdFor,
  meetingsForSeries,
  meetingsToCancel,
  urgentMeeting,
} from '../../../src/core/scheduling/meetings';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import { createTranslator, english } from '../../../src/i18n/translator';
import { aCase } from '../../builders';
import { aSeries, asCoordinator, meetingsOf, summerHoliday } from '../../fakes/graph/scenario';

const held = (over: Partial<Meeting>): Meeting => ({
  id: 'mtg_old',
  seriesId: 'ser_old',
  caseId: 'case_test',
  caseReference: 'MP-2026-0001',
  kind: 'initial',
  sequence: 1,
  start: '2025-11-03T10:00:00.000Z',
  durationMinutes: 120,
  status: 'held',
  ...over,
});

describe('the meetings of a series', () => {
  const series = aSeries();
  const link = {
    eventId: 'evt-1',
    chatId: '19:meeting_x@thread.v2',
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
  };

  it('records twelve meetings at the projected dates, bank holiday moved, in local time', () => {
    const ms = meetingsForSeries(series, meetingsOf(series), [], link);
    expect(ms).toHaveLength(12);
    expect(ms.map((m) => m.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ms[0]).toMatchObject({
      id: meetingIdFor(series.id, 1),
      kind: 'initial',
      start: '2026-02-02T10:00:00.000Z', // GMT in February
      status: 'scheduled',
      chatId: link.chatId,
      joinUrl: link.joinUrl,
      seriesId: series.id,
    });
    expect(ms.slice(1).every((m) => m.kind === 'review')).toBe(true);
    // 2026-08-31 is the summer bank holiday: held on Tuesday 1 September, 10:00 BST.
    expect(ms[3]?.start).toBe('2026-09-01T09:00:00.000Z');
    expect(new Set(ms.map((m) => m.id)).size).toBe(12);
  });

  it('carries on the case’s count and is a review when the case has met before', () => {
    const earlier = [
      held({ id: 'a', sequence: 1 }),
      held({ id: 'b', sequence: 2, start: '2026-01-12T10:00:00.000Z', kind: 'review' }),
      held({ id: 'c', status: 'cancelled', start: '2026-01-19T10:00:00.000Z' }),
      // Already made by an earlier run of this very series: must not count twice.
      held({ id: meetingIdFor(series.id, 1), seriesId: series.id, start: '2026-02-02T10:00:00.000Z' }),
    ];
    const ms = meetingsForSeries(series, meetingsOf(series), earlier, undefined);
    expect(ms[0]).toMatchObject({ kind: 'review', sequence: 3 });
    expect(ms[0]).not.toHaveProperty('chatId');
  });

  it('gives the same ids and content on a second run', () => {
    expect(meetingsForSeries(series, meetingsOf(series), [], link)).toEqual(
      meetingsForSeries(series, meetingsOf(series), [], link),
    );
  });

  it('cancels only the meetings still scheduled after the last held date', () => {
    const ms = [
      held({ id: 'h', start: '2026-04-13T09:00:00.000Z' }),
      held({ id: 's1', status: 'scheduled', start: '2026-04-13T09:00:00.000Z' }),
      held({ id: 's2', status: 'scheduled', start: '2026-04-13T23:30:00.000Z' }), // 00:30 on the 14th, BST
      held({ id: 's3', status: 'scheduled', start: '2026-06-22T09:00:00.000Z' }),
    ];
    expect(meetingsToCancel(ms, '2026-04-13', 'Europe/London').map((m) => m.id)).toEqual(['s2', 's3']);
  });

  it('makes an urgent meeting of kind urgent, counted after the case’s earlier meetings', () => {
    const m = urgentMeeting(
      {
        id: 'urg_case_test_2026-03-10',
        caseId: 'case_test',
        caseReference: 'MP-2026-0001',
        date: '2026-03-10',
        startTime: '14:00',
        durationMinutes: 60,
        timeZone: 'Europe/London',
      },
      [held({ id: 'a' }), held({ id: 'later', status: 'scheduled', start: '2026-04-01T09:00:00.000Z' })],
      link,
    );
    expect(m).toMatchObject({ kind: 'urgent', sequence: 2, start: '2026-03-10T14:00:00.000Z', chatId: link.chatId });
    expect(m.seriesId).toBeUndefined();
  });
});

describe('scheduling in local mode records the meetings', () => {
  const world = async () => {
    const storage = new MemoryStore();
    const clock = { now: () => new Date('2026-01-05T09:00:00Z') };
    await storage.collection(caseKind).create(aCase());
    return { storage, clock, scheduling: new LocalScheduling(storage, clock), ...asCoordinator() };
  };

  it('creates the meetings once, and the meeting tab binds to the next one', async () => {
    const w = await world();
    const s = aSeries();
    const out = await scheduleSeries(w, s, meetingsOf(s), []);
    expect(out.remaining).toEqual([]);
    expect(out.series.doc.calendar?.steps).toContain('meetings');
    // A second run (a retry) makes nothing new.
    await scheduleSeries(w, s, meetingsOf(s), [out.series]);
    const ms = (await w.storage.collection(meetingKind).list({ caseId: 'case_test' })).map((x) => x.doc);
    expect(ms).toHaveLength(12);
    const binding = await resolveBinding(w.storage, {}, '?caseId=case_test', new Date('2026-03-01T09:00:00Z'));
    expect(binding.meetingId).toBe(meetingIdFor(s.id, 2));
  });

  it('a run resumed before its meetings step was recorded finds the meetings it made, never a duplicate', async () => {
    const w = await world();
    const s = aSeries();
    const out = await scheduleSeries(w, s, meetingsOf(s), []);
    const stripped = {
      ...out.series.doc,
      status: 'scheduling' as const,
      calendar: { ...out.series.doc.calendar!, steps: ['event'] },
    };
    const again = await w.storage.collection(seriesKind).update(stripped, out.series.version);
    const resumed = await scheduleSeries(w, s, meetingsOf(s), [again]);
    expect(resumed.series.doc.status).toBe('active');
    expect(await w.storage.collection(meetingKind).list({ seriesId: s.id })).toHaveLength(12);
  });

  it('a level change cancels the old series’ future meetings, keeps the past, and numbers on', async () => {
    const w = await world();
    const l2 = aSeries();
    const first = await scheduleSeries(w, l2, meetingsOf(l2), []);
    const l3 = aSeries({ level: 3, cadenceWeeks: 6, firstMeetingDate: '2026-05-04' });
    await changeLevel(w, first.series, '2026-04-13', l3, projectMeetings('2026-05-04', 6, summerHoliday));
    const old = (await w.storage.collection(meetingKind).list({ seriesId: l2.id })).map((x) => x.doc);
    expect(old).toHaveLength(12);
    expect(old.filter((m) => m.status === 'scheduled').map((m) => m.start.slice(0, 10))).toEqual([
      '2026-02-02',
      '2026-04-13',
    ]);
    expect(old.filter((m) => m.status === 'cancelled')).toHaveLength(10);
    const next = (await w.storage.collection(meetingKind).list({ seriesId: l3.id })).map((x) => x.doc);
    expect(next).toHaveLength(12);
    const firstNew = next.find((m) => m.id === meetingIdFor(l3.id, 1));
    expect(firstNew).toMatchObject({ kind: 'review', sequence: 3 });
    expect((await w.storage.collection(seriesKind).get(l2.id))?.doc.status).toBe('ended');
  });

  it('exit ends the series, cancels the meetings to come and marks the case exited', async () => {
    const w = await world();
    const s = aSeries();
    const out = await scheduleSeries(w, s, meetingsOf(s), []);
    await exitMappa(w, out.series, 'case_test', '2026-02-02');
    await exitMappa(w, (await w.storage.collection(seriesKind).get(s.id))!, 'case_test', '2026-02-02'); // repeat
    expect((await w.storage.collection(caseKind).get('case_test'))?.doc.status).toBe('exited');
    expect((await w.storage.collection(seriesKind).get(s.id))?.doc).toMatchObject({
      status: 'ended',
      endReason: 'Exited MAPPA',
    });
    const ms = (await w.storage.collection(meetingKind).list({ seriesId: s.id })).map((x) => x.doc);
    expect(ms.filter((m) => m.status === 'scheduled')).toHaveLength(1);
  });

  it('an urgent meeting is one Meeting of kind urgent, recorded once', async () => {
    const w = await world();
    const { cadenceWeeks: _c, ...plan } = planFor(aSeries());
    const urgentPlan = { ...plan, key: 'urg_case_test_2026-01-07', firstDate: '2026-01-07' };
    const out = await scheduleUrgent(w, aCase(), urgentPlan);
    await scheduleUrgent(w, aCase(), urgentPlan);
    expect(out.problems).toEqual([]);
    const ms = (await w.storage.collection(meetingKind).list({ caseId: 'case_test' })).map((x) => x.doc);
    expect(ms).toEqual([expect.objectContaining({ id: 'urg_case_test_2026-01-07', kind: 'urgent', sequence: 1 })]);
  });
});

describe('meeting invitations', () => {
  it('give the subject and text in Welsh and then in English, as the attendees’ language is not known', async () => {
    const welsh = createTranslator('cy-GB', await loadCatalogue('cy-GB'));
    const series = aSeries();
    const plan = planFor(series, undefined, [welsh, english()]);
    expect(plan.subject).toBe(
      `Panel MAPPA Lefel ${series.level} – ${series.caseReference} / MAPPA Level ${series.level} panel – ${series.caseReference}`,
    );
    expect(plan.body).toBe(
      'Cyfarfod panel MAPPA. Agorwch y tab MAPPA Panel yn y cyfarfod i weld y papurau.\n\n' +
        'MAPPA panel meeting. Open the MAPPA Panel tab in the meeting for the papers.',
    );
  });
});
