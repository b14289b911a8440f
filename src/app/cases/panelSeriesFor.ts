import type { Case, Level } from '../../core/cases/case.schema';
import type { PanelSeries } from '../../core/panels/series.schema';
import { cadenceForLevel, projectMeetings, type ProjectedMeeting } from '../../core/scheduling/cadence';
import { addDays, nextWeekday, type IsoDate } from '../../core/shared/dates';
import type { Services } from '../services';
import { seriesIdFor } from '../scheduling/scheduleSeries';

/** The first panel proposed for a newly accepted or raised case: a Tuesday at least two weeks ahead. */
export const proposedFirstPanel = (today: IsoDate): IsoDate => nextWeekday(addDays(today, 14), 2);

/**
 * The series a case at a level would have: its chair, its members, the area's cadence. Undefined
 * for Level 1, which has no MAPPA meetings.
 */
export function panelSeriesFor(
  deps: Pick<Services, 'settings' | 'me' | 'clock'>,
  c: Case,
  level: Level,
  firstDate: IsoDate,
  startTime = '10:00',
): PanelSeries | undefined {
  const weeks = cadenceForLevel(level, deps.settings);
  if (!weeks) return undefined;
  const members = c.members.map((m) => m.person);
  return {
    id: seriesIdFor(c.id, level, firstDate),
    caseId: c.id,
    caseReference: c.reference,
    level,
    cadenceWeeks: weeks,
    firstMeetingDate: firstDate,
    startTime,
    durationMinutes: 120,
    timeZone: deps.settings.timeZone,
    chair: c.chair ?? deps.me,
    coordinator: deps.me,
    members: members.length ? members : deps.settings.standingMembers,
    status: 'scheduling',
    createdAt: deps.clock.now().toISOString(),
  };
}

/** The series' meetings with bank holidays moved, from the holiday port. */
export async function projectedMeetingsFor(
  deps: Pick<Services, 'bankHolidays'>,
  series: PanelSeries,
): Promise<ProjectedMeeting[]> {
  const year = Number(series.firstMeetingDate.slice(0, 4));
  const holidays = await deps.bankHolidays.between(year, year + 2);
  return projectMeetings(series.firstMeetingDate, series.cadenceWeeks, holidays);
}
