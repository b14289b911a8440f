import { msg, type Message } from '../../i18n/message';
import type { Action, Pillar } from '../actions/action.schema';
import type { Person } from '../people/agency';
import { err, ok, type Result } from '../shared/result';
import { IsoDateSchema } from '../shared/schemas';
import type { Minutes, MinutesAction } from './minutes.schema';

export type NewActionInput = { pillar: Pillar; text: string; owner?: Person; dueDate?: string };

/** The one short form: text, owner (person and agency), due date. */
export function addAction(m: Minutes, input: NewActionInput, id: string): Result<Minutes, Message[]> {
  const problems: Message[] = [];
  if (!input.text.trim()) problems.push(msg('minutes.problems.describeAction'));
  if (!input.owner) problems.push(msg('minutes.problems.chooseActionOwner'));
  if (!input.dueDate || !IsoDateSchema.safeParse(input.dueDate).success) {
    problems.push(msg('minutes.problems.actionDueDateFormat'));
  }
  if (problems.length) return err(problems);
  const action: MinutesAction = {
    id,
    pillar: input.pillar,
    text: input.text.trim(),
    owner: input.owner,
    dueDate: input.dueDate,
    carriedOver: false,
    status: 'open',
  };
  return ok({ ...m, actions: [...m.actions, action] });
}

/** The actions agreed at this meeting as Action documents (only those with an owner and a due date). */
export function actionsFromMinutes(m: Minutes, now: Date): Action[] {
  return m.actions
    .filter((a) => !a.carriedOver && a.owner && a.dueDate && a.text.trim())
    .map((a) => ({
      id: a.id,
      caseId: m.caseId,
      caseReference: m.caseReference,
      seriesId: m.seriesId,
      meetingId: m.id,
      text: a.text,
      pillar: a.pillar,
      owner: a.owner as Person,
      dueDate: a.dueDate as string,
      status: a.status,
      updates: [],
      createdAt: now.toISOString(),
    }));
}
