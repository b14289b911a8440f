import type { AreaSettings } from '../area/areaSettings';
import type { Level } from '../cases/case.schema';
import { addDays, isWeekend, type IsoDate } from '../shared/dates';

/** A bank holiday as the holiday adapter reports it. */
export type Holiday = { date: IsoDate; name: string };

/**
 * Weeks between panel meetings for a level, from the area's settings (nationally Level 2 every
 * 10 weeks, Level 3 every 6). Level 1 is managed by the lead agency alone and has no panel series.
 */
export function cadenceForLevel(level: Level, settings: Pick<AreaSettings, 'cadenceWeeks'>): number | undefined {
  if (level === 2) return settings.cadenceWeeks.level2;
  if (level === 3) return settings.cadenceWeeks.level3;
  return undefined;
}

export type ProjectedMeeting = {
  /** Position in the series, 1 for the first meeting. */
  sequence: number;
  /** The date the recurrence gives. */
  planned: IsoDate;
  /** The date the meeting is held: the planned date, or the next working day after a bank holiday. */
  date: IsoDate;
  /** The bank holiday that moved it, when it was moved. */
  movedFor?: string;
};

/** The next working day on or after a date: not a weekend and not a bank holiday. */
export function nextWorkingDay(date: IsoDate, holidays: ReadonlyMap<IsoDate, string>): IsoDate {
  let d = date;
  while (isWeekend(d) || holidays.has(d)) d = addDays(d, 1);
  return d;
}

/**
 * The next `count` meetings of a series from its first date, every `cadenceWeeks` weeks, with any
 * that fall on a bank holiday moved to the next working day (and marked with the holiday's name).
 */
export function projectMeetings(
  firstDate: IsoDate,
  cadenceWeeks: number,
  holidays: readonly Holiday[],
  count = 12,
): ProjectedMeeting[] {
  if (!Number.isInteger(cadenceWeeks) || cadenceWeeks < 1) {
    throw new RangeError('The cadence must be a whole number of weeks');
  }
  const byDate = new Map(holidays.map((h) => [h.date, h.name] as const));
  const out: ProjectedMeeting[] = [];
  for (let i = 0; i < count; i++) {
    const planned = addDays(firstDate, i * cadenceWeeks * 7);
    const holiday = byDate.get(planned);
    const date = holiday ? nextWorkingDay(planned, byDate) : planned;
    out.push(holiday ? { sequence: i + 1, planned, date, movedFor: holiday } : { sequence: i + 1, planned, date });
  }
  return out;
}

/** The last planned date of a series, so a window for holiday lookup can be chosen. */
export const seriesWindowEnd = (firstDate: IsoDate, cadenceWeeks: number, count = 12): IsoDate =>
  addDays(firstDate, (count - 1) * cadenceWeeks * 7 + 14);
