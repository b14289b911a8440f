import { msg, type Message } from '../../i18n/message';
import type { AreaSettings } from '../area/areaSettings';
import type { Level } from '../cases/case.schema';
import { addDays, localDate } from '../shared/dates';
import { err, ok, type Result } from '../shared/result';
import { IsoDateSchema } from '../shared/schemas';
import { dateProblems } from './dateSense';
import type { Minutes } from './minutes.schema';

/** The next review from the area's cadence: Level 2 every 10 weeks, Level 3 every 6 weeks by default. */
export function proposeNextReview(meetingStart: string, level: Level, settings: AreaSettings): string | undefined {
  if (level === 1) return undefined;
  const weeks = level === 3 ? settings.cadenceWeeks.level3 : settings.cadenceWeeks.level2;
  return addDays(localDate(meetingStart, settings.timeZone), weeks * 7);
}

/** Sets the next review date; a date other than the proposed one needs a reason. */
export function setNextReview(m: Minutes, date: string, reason: string, timeZone?: string): Result<Minutes, Message> {
  if (!IsoDateSchema.safeParse(date).success) return err(msg('minutes.problems.nextReviewFormat'));
  const problem = dateProblems({ ...m, nextReview: { ...m.nextReview, date }, actions: [] }, timeZone)[0];
  if (problem) return err(problem.message);
  if (date !== m.nextReview.proposedDate && !reason.trim()) {
    return err(msg('minutes.problems.nextReviewChangeReason'));
  }
  return ok({
    ...m,
    nextReview: { ...m.nextReview, date, changeReason: date === m.nextReview.proposedDate ? '' : reason.trim() },
  });
}
