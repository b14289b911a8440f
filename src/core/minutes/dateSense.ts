import { msg, type Message } from '../../i18n/message';
import { addDays, localDate } from '../shared/dates';
import type { MinutesContent } from './minutes.schema';
import type { SectionId } from './sections';

/** How a problem names an agreed action: by its text, or by its number while it has none. */
export const actionRef = (a: { text: string }, index: number) => {
  const text = a.text.trim();
  return { named: text ? 'yes' : 'no', text, number: index + 1 };
};

/** A date further ahead than this is almost certainly a mistyped year. */
const FURTHEST_DAYS = 2 * 366;

/**
 * Dates that make no sense against the meeting: a next review on or before it, an agreed action due
 * before it, or either so far ahead that the year is likely mistyped. Each names the date and why.
 */
export function dateProblems(
  m: Pick<MinutesContent, 'meetingDetails' | 'nextReview' | 'actions' | 'decisions'>,
  timeZone = 'Europe/London',
): { section: SectionId; message: Message }[] {
  const out: { section: SectionId; message: Message }[] = [];
  const meetingDay = localDate(m.meetingDetails.start, timeZone);
  const furthest = addDays(meetingDay, FURTHEST_DAYS);
  const review = m.nextReview.date;
  if (review && !m.decisions.exitMappa) {
    if (review <= meetingDay) {
      out.push({
        section: 'nextReview',
        message: msg('minutes.problems.reviewNotAfterMeeting', { review, meeting: meetingDay }),
      });
    } else if (review > furthest) {
      out.push({
        section: 'nextReview',
        message: msg('minutes.problems.reviewTooFar', { review }),
      });
    }
  }
  m.actions.forEach((a, i) => {
    if (!a.dueDate) return;
    if (a.dueDate < meetingDay) {
      out.push({
        section: 'actions',
        message: msg('minutes.problems.actionDueBeforeMeeting', {
          ...actionRef(a, i),
          due: a.dueDate,
          meeting: meetingDay,
        }),
      });
    } else if (a.dueDate > furthest) {
      out.push({
        section: 'actions',
        message: msg('minutes.problems.actionDueTooFar', { ...actionRef(a, i), due: a.dueDate }),
      });
    }
  });
  return out;
}
