import { localDate } from '../shared/dates';
import type { IdPort } from '../ports';
import type { Adjournment, CarriedItem, Minutes } from './minutes.schema';

const blank = (s: string) => s.trim() === '';

/** What an adjournment needs to be defensible: what was adjourned, why, and what is awaited. */
export function adjournmentProblems(a: Adjournment): string[] {
  return missingAdjournmentParts(a).map((part) => adjournmentProblemText[part]);
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
const adjournmentProblemText: Record<AdjournmentPart, string> = {
  item: 'Say which discussion is adjourned.',
  reason: 'Give the reason for adjourning.',
  awaiting: 'Say what is awaited (for example further leave or a report).',
};

export const adjournmentName = (a: Adjournment): string =>
  a.scope === 'meeting' ? 'The adjournment of the meeting' : `The adjourned discussion “${a.item.trim() || '…'}”`;

/** A carried item is dealt with when the meeting records what came of it. */
export function carriedItemProblems(c: CarriedItem): string[] {
  return blank(c.outcome) ? [`Record what came of the item adjourned on ${c.fromDate}: “${c.item}”.`] : [];
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
