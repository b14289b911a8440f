import { addDays, localDate } from '../shared/dates';
import type { MinutesContent } from './minutes.schema';
import type { SectionId } from './sections';

/** A date further ahead than this is almost certainly a mistyped year. */
const FURTHEST_DAYS = 2 * 366;

/**
 * Dates that make no sense against the meeting: a next review on or before it, an agreed action due
 * before it, or either so far ahead that the year is likely mistyped. Each names the date and why.
 */
export function dateProblems(
  m: Pick<MinutesContent, 'meetingDetails' | 'nextReview' | 'actions' | 'decisions'>,
  timeZone = 'Europe/London',
): { section: SectionId; message: string }[] {
  const out: { section: SectionId; message: string }[] = [];
  const meetingDay = localDate(m.meetingDetails.start, timeZone);
  const furthest = addDays(meetingDay, FURTHEST_DAYS);
  const review = m.nextReview.date;
  if (review && !m.decisions.exitMappa) {
    if (review <= meetingDay) {
      out.push({
        section: 'nextReview',
        message: `The next review date (${review}) is not after this meeting (${meetingDay}).`,
      });
    } else if (review > furthest) {
      out.push({
        section: 'nextReview',
        message: `The next review date (${review}) is over two years away: check the year.`,
      });
    }
  }
  m.actions.forEach((a, i) => {
    if (!a.dueDate) return;
    const name = a.text.trim() ? `“${a.text.trim()}”` : `number ${i + 1}`;
    if (a.dueDate < meetingDay) {
      out.push({
        section: 'actions',
        message: `Action ${name} is due (${a.dueDate}) before this meeting (${meetingDay}).`,
      });
    } else if (a.dueDate > furthest) {
      out.push({
        section: 'actions',
        message: `Action ${name} is due over two years away (${a.dueDate}): check the year.`,
      });
    }
  });
  return out;
}
