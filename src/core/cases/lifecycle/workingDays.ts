import type { Holiday } from '../../scheduling/cadence';
import { addDays, isWeekend, type IsoDate } from '../../shared/dates';

const isWorkingDay = (d: IsoDate, holidays: ReadonlySet<IsoDate>) => !isWeekend(d) && !holidays.has(d);

/** The date `n` working days after `from` (weekends and bank holidays not counted; `from` itself is day 0). */
export function addWorkingDays(from: IsoDate, n: number, holidays: readonly Holiday[]): IsoDate {
  const off = new Set(holidays.map((h) => h.date));
  let d = from;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d, off)) left--;
  }
  return d;
}

/**
 * Working days from `from` to `to`: positive when `to` is later (days after `from`, up to and
 * including `to`), negative when earlier, 0 on the same day.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: readonly Holiday[]): number {
  if (from === to) return 0;
  const off = new Set(holidays.map((h) => h.date));
  const [a, b, sign] = from < to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d, off)) count++;
  return count * sign;
}
