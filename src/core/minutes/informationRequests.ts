import { checkMinimumNecessary, emptyMinimumNecessaryAnswers } from '../confidentiality/minimumNecessary';
import { msg, type Message } from '../../i18n/message';
import { agencyMessage } from '../people/agency';
import type { InformationRequest } from './minutes.schema';

const blank = (s: string) => s.trim() === '';

/** A short name for a request in lists of what is missing: who asked, and for what. */
export function requestName(r: InformationRequest, number: number): Message {
  const what = r.requested.trim().replace(/\s+/g, ' ');
  const short = what.length > 60 ? `${what.slice(0, 59)}…` : what;
  return msg('minutes.problems.requestName', {
    number,
    agency: agencyMessage(r.requestingAgency),
    described: short ? 'yes' : 'no',
    what: short,
  });
}

/**
 * What an information-sharing request still needs before the minutes can be signed: who asked, for
 * what and why; the holding agency's decision and its reason; and, when anything was shared, what
 * exactly, having passed the minimum-necessary check. A declined request shares nothing, so it
 * needs no check.
 */
export function informationRequestProblems(r: InformationRequest): Message[] {
  return informationRequestGaps(r).map((gap) => msg(`sections.informationRequests.gap.${gap}`));
}

/** What a request still needs, by gap, so a screen can say it in the reader's language. */
export type InformationRequestGap =
  | 'requestedBy'
  | 'requested'
  | 'purpose'
  | 'decision'
  | 'reasonDeclined'
  | 'reason'
  | 'sharedPart'
  | 'shared'
  | 'minimumNecessary';
export function informationRequestGaps(r: InformationRequest): InformationRequestGap[] {
  const out: InformationRequestGap[] = [];
  if (blank(r.requestedBy)) out.push('requestedBy');
  if (blank(r.requested)) out.push('requested');
  if (blank(r.purpose)) out.push('purpose');
  if (!r.decision) {
    out.push('decision');
    return out;
  }
  if (blank(r.reason)) out.push(r.decision === 'declined' ? 'reasonDeclined' : 'reason');
  if (r.decision === 'declined') return out;
  if (blank(r.shared)) out.push(r.decision === 'sharedInPart' ? 'sharedPart' : 'shared');
  const check = checkMinimumNecessary(r.holdingAgency, r.shared, r.minimumNecessary ?? emptyMinimumNecessaryAnswers());
  if (!check.complete) out.push('minimumNecessary');
  return out;
}
