import { checkMinimumNecessary, emptyMinimumNecessaryAnswers } from '../confidentiality/minimumNecessary';
import { agencyLabel } from '../people/agency';
import type { InformationRequest } from './minutes.schema';

const blank = (s: string) => s.trim() === '';

/** A short name for a request in lists of what is missing: who asked, and for what. */
export function requestName(r: InformationRequest, number: number): string {
  const what = r.requested.trim().replace(/\s+/g, ' ');
  const short = what.length > 60 ? `${what.slice(0, 59)}…` : what;
  return `Request ${number} (${agencyLabel(r.requestingAgency)}${short ? `: ${short}` : ''})`;
}

/**
 * What an information-sharing request still needs before the minutes can be signed: who asked, for
 * what and why; the holding agency's decision and its reason; and, when anything was shared, what
 * exactly, having passed the minimum-necessary check. A declined request shares nothing, so it
 * needs no check.
 */
export function informationRequestProblems(r: InformationRequest): string[] {
  const out: string[] = [];
  if (blank(r.requestedBy)) out.push('Say who asked.');
  if (blank(r.requested)) out.push('Say what was asked for.');
  if (blank(r.purpose)) out.push('Say what it is needed for.');
  if (!r.decision) {
    out.push('Record the decision: shared in full, shared in part, or declined.');
    return out;
  }
  if (blank(r.reason)) {
    out.push(r.decision === 'declined' ? 'Give the reason it was declined.' : 'Give the reason for the decision.');
  }
  if (r.decision === 'declined') return out;
  if (blank(r.shared)) {
    out.push(
      r.decision === 'sharedInPart' ? 'Record exactly which part was shared.' : 'Record exactly what was shared.',
    );
  }
  const check = checkMinimumNecessary(r.holdingAgency, r.shared, r.minimumNecessary ?? emptyMinimumNecessaryAnswers());
  if (!check.complete) out.push('What was shared has not passed the minimum-necessary check.');
  return out;
}
