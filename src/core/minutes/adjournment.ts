import { msg, type Message } from '../../i18n/message';
import { localDate } from '../shared/dates';
import type { IdPort } from '../ports';
import type { Adjournment, CarriedItem, Minutes } from './minutes.schema';

const blank = (s: string) => s.trim() === '';

/** What an adjournment needs to be defensible: what was adjourned, why, and what is awaited. */
export function adjournmentProblems(a: Adjournment): Message[] {
  return missingAdjournmentParts(a).map((part) => msg(`sections.adjournments.problem.${part}`));
}

/** What an adjournment still lacks, by part, so a screen can say it in the reader's language. */
export type AdjournmentPart = 'item' | 'reason' | 'awaiting';
export function missingAdjournmentParts(a: Adjournment): AdjournmentPart[] {
  const out: AdjournmentPart[] = [];
  if (a.scope === 'discussion' && blank(a.item)) out.push('item');
  if (blank(a.reason)) out.push('reason');
  if (blank(a.awaiting)) out.push('awaiting');
  return out;
}
export const adjournmentName = (a: Adjournment): Message =>
  msg('minutes.problems.adjournmentName', { scope: a.scope, item: a.item.trim() || '…' });

/** A carried item is dealt with when the meeting records what came of it. */
export function carriedItemProblems(c: CarriedItem): Message[] {
  return blank(c.outcome) ? [msg('minutes.problems.carriedItemOutcome', { date: c.fromDate, item: c.item })] : [];
}

/**
 * The previous meeting's adjournments as items on the next meeting's agenda, in the order adjourned.
 * An adjourned meeting is carried as one item naming the meeting.
 */
export function carryAdjournments(previous: Minutes, timeZone: string, ids: IdPort): CarriedItem[] {
  const fromDate = localDate(previous.meetingDetails.start, timeZone);
  return previous.adjournments.map((a) => ({
    id: ids.newId('car'),
    fromMeetingId: previous.id,
    fromDate,
    item: a.scope === 'meeting' ? `The meeting of ${fromDate}, adjourned as a whole` : a.item.trim(),
    reason: a.reason.trim(),
    awaiting: a.awaiting.trim(),
    outcome: '',
  }));
}
