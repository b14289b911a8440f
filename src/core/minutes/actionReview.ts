import { msg, type Message } from '../../i18n/message';
import type { Action, ActionStatus } from '../actions/action.schema';
import type { Person } from '../people/agency';
import { localDate } from '../shared/dates';
import { err, ok, type Result } from '../shared/result';
import type { Minutes, ReviewOutcome } from './minutes.schema';

const openStatuses: readonly ActionStatus[] = ['open', 'inProgress'];

/** The id `applyReviewOutcomes` gives the update a panel's review adds to an action. */
const isPanelReview = (updateId: string, actionId: string) => updateId.endsWith(`:${actionId}`);

/**
 * An action comes back to the panel while it is open, and also when its owner has closed it since
 * the last review (done, or not done with a reason): the chair confirms the outcome rather than
 * learning of it by chance. Once a panel review has recorded the current status, it rests.
 */
export function awaitsReview(a: Action): boolean {
  if (openStatuses.includes(a.status)) return true;
  const lastStatusChange = [...a.updates].reverse().find((u) => u.status !== undefined);
  return !lastStatusChange || !isPanelReview(lastStatusChange.id, a.id);
}

export const outcomeNeedsNote = (o: ReviewOutcome | undefined): boolean =>
  o === 'notDoneCircumstances' || o === 'notDoneAgency';

export function recordReviewOutcome(
  m: Minutes,
  reviewId: string,
  outcome: ReviewOutcome,
  note: string,
): Result<Minutes, Message> {
  if (!m.previousActions.some((p) => p.id === reviewId)) return err(msg('minutes.problems.actionNotInReview'));
  if (outcomeNeedsNote(outcome) && !note.trim()) return err(msg('minutes.problems.reviewNoteNeeded'));
  return ok({
    ...m,
    previousActions: m.previousActions.map((p) => (p.id === reviewId ? { ...p, outcome, note: note.trim() } : p)),
  });
}

const outcomeStatus: Record<ReviewOutcome, ActionStatus> = {
  done: 'done',
  inProgress: 'inProgress',
  notDoneCircumstances: 'notDoneCircumstances',
  notDoneAgency: 'notDoneAgency',
};

/**
 * The review outcomes as updates on the Action documents. Each update's id is derived from the
 * meeting and action, so applying the same minutes twice adds nothing.
 */
export function applyReviewOutcomes(m: Minutes, actions: readonly Action[], by: Person, now: Date): Action[] {
  const changed: Action[] = [];
  const date = localDate(m.meetingDetails.start, 'UTC');
  for (const review of m.previousActions) {
    if (!review.outcome) continue;
    const action = actions.find((a) => a.id === review.actionId);
    if (!action) continue;
    const updateId = `${m.id}:${action.id}`;
    if (action.updates.some((u) => u.id === updateId)) continue;
    const status = outcomeStatus[review.outcome];
    const label = reviewOutcomeText(review.outcome);
    changed.push({
      ...action,
      status,
      updates: [
        ...action.updates,
        {
          id: updateId,
          at: now.toISOString(),
          by: { id: by.id, name: by.name, agency: by.agency },
          text: `Reviewed at the panel on ${date}: ${label}${review.note ? `. ${review.note}` : ''}`,
          status,
        },
      ],
    });
  }
  return changed;
}

const reviewOutcomeText = (o: ReviewOutcome): string =>
  ({
    done: 'done',
    inProgress: 'in progress',
    notDoneCircumstances: 'not done, circumstances changed',
    notDoneAgency: 'not done, the owning agency did not act',
  })[o];
