import { AreaSettingsSchema, defaultAreaSettings } from '../../../src/core/area/areaSettings';
import { cadenceForLevel, nextWorkingDay, projectMeetings } from '../../../src/core/scheduling/cadence';
import { addDays, weekdayName, zonedInstant } from '../../../src/core/shared/dates';
import { suggestSlots, type FreeBusy } from '../../../src/core/scheduling/freeBusy';
import { aPerson } from '../../builders';

describe('cadence by level', () => {
  it('uses the national defaults: Level 2 every 10 weeks, Level 3 every 6, none for Level 1', () => {
    const s = defaultAreaSettings();
    expect(cadenceForLevel(2, s)).toBe(10);
    expect(cadenceForLevel(3, s)).toBe(6);
    expect(cadenceForLevel(1, s)).toBeUndefined();
  });

  it('follows an area that sets its own cadence', () => {
    const s = AreaSettingsSchema.parse({ cadenceWeeks: { level2: 8, level3: 4 } });
    expect(cadenceForLevel(2, s)).toBe(8);
    expect(cadenceForLevel(3, s)).toBe(4);
  });
});

describe('projecting the next twelve meetings', () => {
  it('gives twelve dates at the cadence, on the same weekday', () => {
    const dates = projectMeetings('2026-01-13', 6, []);
    expect(dates).toHaveLength(12);
    expect(dates[1]?.date).toBe('2026-02-24');
    expect(dates[11]?.date).toBe(addDays('2026-01-13', 66 * 7));
    expect(new Set(dates.map((d) => weekdayName(d.date)))).toEqual(new Set(['tuesday']));
  });

  it('moves a meeting off a bank holiday to the next working day and marks it', () => {
    // Mondays every 6 weeks from 2026-02-23 reach Easter Monday (2026-04-06).
    const holidays = [{ date: '2026-04-06', name: 'Easter Monday' }];
    const dates = projectMeetings('2026-02-23', 6, holidays);
    expect(dates[1]).toEqual({ sequence: 2, planned: '2026-04-06', date: '2026-04-07', movedFor: 'Easter Monday' });
    expect(dates[0]?.movedFor).toBeUndefined();
  });

  it('skips a run of holidays and a weekend (Christmas into the substitute Boxing Day)', () => {
    const h = new Map([
      ['2026-12-25', 'Christmas Day'],
      ['2026-12-28', 'Boxing Day (substitute day)'],
    ]);
    expect(nextWorkingDay('2026-12-25', h)).toBe('2026-12-29');
  });

  it('refuses a cadence that is not a whole number of weeks', () => {
    expect(() => projectMeetings('2026-01-13', 0, [])).toThrow(RangeError);
  });
});

describe('wall-clock time in Europe/London', () => {
  it('accounts for British Summer Time', () => {
    expect(zonedInstant('2026-01-13', '10:00', 'Europe/London').toISOString()).toBe('2026-01-13T10:00:00.000Z');
    expect(zonedInstant('2026-07-14', '10:00', 'Europe/London').toISOString()).toBe('2026-07-14T09:00:00.000Z');
  });
});

describe('suggesting slots from free/busy', () => {
  const police = aPerson({ id: 'p1', name: 'Pat Police', agency: 'police' });
  const health = aPerson({ id: 'h1', name: 'Hana Health', agency: 'health' });
  it('puts the slot with fewest clashes first and names who is busy elsewhere', () => {
    // Pat is busy every Monday morning for two weeks; Hana is in another tenant (unknown).
    const members: FreeBusy[] = [
      {
        person: police,
        availability: 'known',
        busy: [
          { start: '2026-01-12T09:00:00Z', end: '2026-01-12T13:00:00Z' },
          { start: '2026-01-19T09:00:00Z', end: '2026-01-19T13:00:00Z' },
        ],
      },
      { person: health, availability: 'unknown', busy: [] },
    ];
    const slots = suggestSlots(members, {
      from: '2026-01-12',
      weeks: 2,
      times: ['10:00', '14:00'],
      durationMinutes: 120,
      timeZone: 'Europe/London',
    });
    expect(slots).toHaveLength(10);
    expect(slots[0]).toMatchObject({ weekday: 1, time: '14:00', busy: 0, unknown: 2, free: 2 });
    const mondayMorning = slots.find((s) => s.weekday === 1 && s.time === '10:00');
    expect(mondayMorning).toMatchObject({ busy: 2, busyMembers: ['Pat Police'] });
    expect(slots[slots.length - 1]).toBe(mondayMorning);
  });
});
