import { changeLevel, endSeries, scheduleSeries, scheduleUrgent } from '../../../src/app/scheduling/scheduleSeries';
import { seriesKind } from '../../../src/core/panels/series.schema';
import { aCase } from '../../builders';
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
      expect.objectContaining({ configuration: expect.objectContaining({ entityId: 'case-case_test' }) }),
    ]);
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
  });

  it('ends a series on exit from MAPPA', async () => {
    const w = await graphWorld();
    const s = aSeries();
    const first = await scheduleSeries(w, s, meetingsOf(s), []);
    const ended = await endSeries(w, first.series, '2026-06-01', 'Exited MAPPA');
    expect(ended.doc.status).toBe('ended');
    expect(w.fake.seriesFor(s.id)[0]?.recurrence).toMatchObject({ range: { endDate: '2026-06-01' } });
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
  });

  it('creates a series in at most five round trips', async () => {
    const w = await graphWorld();
    const s = aSeries();
    const before = w.fake.roundTrips;
    await scheduleSeries(w, s, meetingsOf(s), []);
    expect(w.fake.roundTrips - before).toBeLessThanOrEqual(5);
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
      expect(w.fake.seriesFor(s.id)[0]!.exceptions.has('2026-08-31')).toBe(true);
    },
  );
});
