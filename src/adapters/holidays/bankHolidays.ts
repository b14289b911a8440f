import type { Holiday } from '../../core/scheduling/cadence';

/**
 * England and Wales bank holidays, worked out from the rules of the Banking and Financial Dealings
 * Act 1971 and the royal proclamations that move or add a day, including substitute days. Only
 * bank holidays count, not observances.
 *
 * The rules and the proclamations' few one-off days are a screen of code; the general holiday
 * library this replaced (`date-holidays`) carried every country's calendars and two time-zone
 * libraries, some 280 KB gzipped, to every page that shows a referral clock. Its answers from 2013
 * on are the test's reference (before that it lacks some proclaimed days that are here).
 * Announced days: https://www.gov.uk/bank-holidays
 */

type Day = { year: number; month: number; day: number };

const iso = ({ year, month, day }: Day): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const utc = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

const dayOf = (date: Date): Day => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});

const plusDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

const MONDAY = 1;

function firstMonday(year: number, month: number): Date {
  const first = utc(year, month, 1);
  return plusDays(first, (MONDAY - first.getUTCDay() + 7) % 7);
}

function lastMonday(year: number, month: number): Date {
  const last = utc(year, month + 1, 0);
  return plusDays(last, -((last.getUTCDay() - MONDAY + 7) % 7));
}

/** Years whose early May or spring bank holiday a proclamation moved, and the day it moved to. */
const MOVED: Record<number, { earlyMay?: [Date, string]; spring?: Date }> = {
  1977: { spring: utc(1977, 6, 6) },
  2002: { spring: utc(2002, 6, 4) },
  2012: { spring: utc(2012, 6, 4) },
  2020: { earlyMay: [utc(2020, 5, 8), 'Early May bank holiday (VE day)'] },
  2022: { spring: utc(2022, 6, 2) },
};

/** Days a proclamation added for one year only. */
const ADDED: Array<[Date, string]> = [
  [utc(1977, 6, 7), 'Silver Jubilee of Elizabeth II'],
  [utc(1981, 7, 29), 'Wedding of Charles and Diana'],
  [utc(1999, 12, 31), 'Millennium Celebrations'],
  [utc(2002, 6, 3), 'Golden Jubilee of Elizabeth II'],
  [utc(2011, 4, 29), 'Wedding of William and Catherine'],
  [utc(2012, 6, 5), 'Queen’s Diamond Jubilee'],
  [utc(2022, 6, 3), 'Queen’s Platinum Jubilee'],
  [utc(2022, 9, 19), "Queen Elizabeth's Funeral Day"],
  [utc(2023, 5, 8), "King Charles III's Coronation"],
];

const SATURDAY = 6;
const SUNDAY = 0;

function holidaysOf(year: number): Array<[Date, string]> {
  const days: Array<[Date, string]> = [];
  const newYear = utc(year, 1, 1);
  days.push([newYear, "New Year's Day"]);
  // New Year's Day has a substitute only since the 1974 proclamation.
  if (year >= 1974 && newYear.getUTCDay() === SATURDAY) days.push([utc(year, 1, 3), "New Year's Day (substitute day)"]);
  if (year >= 1974 && newYear.getUTCDay() === SUNDAY) days.push([utc(year, 1, 2), "New Year's Day (substitute day)"]);

  const easter = easterSunday(year);
  days.push([plusDays(easter, -2), 'Good Friday'], [plusDays(easter, 1), 'Easter Monday']);

  const moved = MOVED[year] ?? {};
  // The early May bank holiday began in 1978.
  if (year >= 1978) days.push(moved.earlyMay ?? [firstMonday(year, 5), 'Early May bank holiday']);
  days.push([moved.spring ?? lastMonday(year, 5), 'Spring bank holiday']);
  days.push([lastMonday(year, 8), 'Summer bank holiday']);

  const christmas = utc(year, 12, 25);
  days.push([christmas, 'Christmas Day'], [utc(year, 12, 26), 'Boxing Day']);
  // A day falling at the weekend gives the next weekday not already a holiday.
  if (christmas.getUTCDay() === SATURDAY) {
    days.push(
      [utc(year, 12, 27), 'Christmas Day (substitute day)'],
      [utc(year, 12, 28), 'Boxing Day (substitute day)'],
    );
  } else if (christmas.getUTCDay() === SUNDAY) {
    days.push([utc(year, 12, 27), 'Christmas Day (substitute day)']);
  } else if (christmas.getUTCDay() === 5) {
    days.push([utc(year, 12, 28), 'Boxing Day (substitute day)']);
  }

  for (const added of ADDED) if (added[0].getUTCFullYear() === year) days.push(added);
  return days.sort((x, y) => x[0].getTime() - y[0].getTime());
}

export function bankHolidays(fromYear: number, toYear: number): Holiday[] {
  const out: Holiday[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const [date, name] of holidaysOf(year)) out.push({ date: iso(dayOf(date)), name });
  }
  return out;
}
