import { z } from 'zod';

import { msg, type Message } from '../../i18n/message';
import { err, ok, type Result } from '../shared/result';
import { ACTION_TEXT_MAX, textField } from '../shared/schemas';
import {
  ActionStatusSchema,
  ActionUpdateSchema,
  type Action,
  type ActionStatus,
  type ActionUpdate,
} from './action.schema';
import { isTerminal, needsNote } from './dueState';
import { lazySchema } from '../shared/lazySchema';

/**
 * One person's change to an action: an update (always appended to the history, with who and
 * when), optionally moving the status. `baseStatus` is the status they saw when they made it,
 * which is how a concurrent change by someone else is recognised.
 */
export type ActionChange = { update: ActionUpdate; baseStatus: ActionStatus };

export const ActionChangeSchema = lazySchema(() =>
  z.object({
    // What a person types is held to the action's own limit; only the panel's review line may be longer.
    update: ActionUpdateSchema.extend({ text: textField(ACTION_TEXT_MAX) }),
    baseStatus: ActionStatusSchema,
  }),
);

export type ChangeProblem =
  | { kind: 'invalid'; message: Message }
  /** Someone else closed the action differently since this change was made. */
  | { kind: 'conflict'; message: Message; current: ActionStatus };

/** What a person reads when their text breaks the schema: too long, or missing. */
export function textProblem(issue: z.ZodIssue | undefined, fallback: Message): Message {
  if (issue?.code === 'too_big') return msg('actions.text.tooLong', { max: Number(issue.maximum) });
  return fallback;
}

/** The rules a change must meet on its own, before it meets any stored action. */
export function validateChange(change: ActionChange): Result<ActionChange, ChangeProblem> {
  const parsed = ActionChangeSchema.safeParse(change);
  if (!parsed.success) {
    return err({ kind: 'invalid', message: textProblem(parsed.error.issues[0], msg('actions.update.notValid')) });
  }
  const { update, baseStatus } = parsed.data;
  const moves = update.status !== undefined && update.status !== baseStatus;
  if (update.status && needsNote(update.status) && update.text === '') {
    return err({ kind: 'invalid', message: msg('actions.update.sayWhyNotDone') });
  }
  if (!moves && update.text === '') return err({ kind: 'invalid', message: msg('actions.update.writeOrChoose') });
  return ok(parsed.data);
}

/**
 * Applies a change to the action as it stands now. Updates append; a status change is last-writer,
 * with every earlier status kept in the history. It cannot apply when someone else has closed the
 * action with a different status since the change was made: that is for a person to resolve.
 * Applying a change whose update is already in the history returns the action unchanged, so a retry
 * after a lost response never records it twice.
 */
export function applyChange(action: Action, change: ActionChange): Result<Action, ChangeProblem> {
  const valid = validateChange(change);
  if (!valid.ok) return valid;
  const { update, baseStatus } = valid.value;
  if (action.updates.some((u) => u.id === update.id)) return ok(action);
  if (
    update.status !== undefined &&
    update.status !== action.status &&
    action.status !== baseStatus &&
    isTerminal(action.status)
  ) {
    return err({
      kind: 'conflict',
      current: action.status,
      message: msg('actions.update.closedByOther', { status: action.status }),
    });
  }
  return ok({ ...action, status: update.status ?? action.status, updates: [...action.updates, update] });
}

/** Applies one update to an action as the person saw it (no concurrent change to consider). */
export const applyUpdate = (action: Action, update: ActionUpdate): Result<Action, ChangeProblem> =>
  applyChange(action, { update, baseStatus: action.status });

/** The most recent update, for the chair's review and the owner's list. */
export const latestUpdate = (action: Pick<Action, 'updates'>): ActionUpdate | undefined =>
  action.updates.reduce<ActionUpdate | undefined>((last, u) => (!last || u.at >= last.at ? u : last), undefined);
