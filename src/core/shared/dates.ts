/**
 * Calendar dates (yyyy-mm-dd) and the area's wall clock: the one place the app turns instants into
 * days and back. Date arithmetic runs in UTC, where there are no clock changes; time zones come from
 * the platform's zone data through Intl.
 */
export type IsoDate = string;

// Building an Intl formatter is costly (zone data); sorting or seeding thousands of dates must not
// build one per date, so each is built once per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClockParts(at: Date, timeZone: string): Record<string, string> {
  return Object.fromEntries(
    wallClock(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
}

/**
 * The calendar day of an instant in the area's time zone. Due dates are days, so "overdue" turns at
 * local midnight, not at midnight UTC (which is 1 a.m. in a British summer).
 */
export function localDate(instant: string | Date, timeZone = 'Europe/London'): IsoDate {
  const p = wallClockParts(typeof instant === 'string' ? new Date(instant) : instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

const toUtc = (d: IsoDate): Date => {
  const [y, m, day] = d.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, day ?? 1));
};
const fromUtc = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export const addDays = (d: IsoDate, days: number): IsoDate => {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
};

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (d: IsoDate): number => toUtc(d).getUTCDay();

export const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type WeekdayName = (typeof weekdayNames)[number];
export const weekdayName = (d: IsoDate): WeekdayName => weekdayNames[dayOfWeek(d)] ?? 'monday';

export const isWeekend = (d: IsoDate): boolean => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;

/** Whole days from a to b (b later is positive). */
export const daysBetween = (a: IsoDate, b: IsoDate): number =>
  Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);

/** The first date on or after `from` that falls on the given weekday (1 = Monday). */
export const nextWeekday = (from: IsoDate, weekday: number): IsoDate =>
  addDays(from, (weekday - dayOfWeek(from) + 7) % 7);

/**
 * The instant at which a wall-clock date and time in a time zone happens, e.g. 10:00 on 2026-07-14
 * in Europe/London is 09:00Z. Uses Intl so that clock changes come from the platform's zone data.
 */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [h, min] = time.split(':').map(Number);
  const guess = new Date(`${date}T${String(h ?? 0).padStart(2, '0')}:${String(min ?? 0).padStart(2, '0')}:00Z`);
  const offset = zoneOffsetMinutes(guess, timeZone);
  const first = new Date(guess.getTime() - offset * 60_000);
  // Near a clock change the offset at the result can differ from the guess; one correction settles it.
  const offset2 = zoneOffsetMinutes(first, timeZone);
  return offset2 === offset ? first : new Date(guess.getTime() - offset2 * 60_000);
}

function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const p = wallClockParts(at, timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}
