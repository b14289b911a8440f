import { msg, type Message } from '../../i18n/message';
import { checkMinimumNecessary, emptyMinimumNecessaryAnswers } from '../confidentiality/minimumNecessary';
import { validateDisclosure } from '../disclosure/validateDisclosure';
import { outcomeNeedsNote } from './actionReview';
import { adjournmentName, adjournmentProblems, carriedItemProblems } from './adjournment';
import { acknowledgementGate } from './attendance';
import { dateProblems } from './dateSense';
import { disclosureContextOf } from './disclosureContext';
import { informationRequestProblems, requestName } from './informationRequests';
import { decisionProblems } from './levelAndCategory';
import type { MinutesContent } from './minutes.schema';
import { pillarLabel, planPillars } from './planPillars';
import type { SectionId } from './sections';

export type Missing = { section: SectionId; message: string | Message };

/** Exactly what finalising still needs, in meeting order. An empty list means the minutes can be signed. */
export function checkCompleteness(m: MinutesContent, timeZone = 'Europe/London'): Missing[] {
  const out: Missing[] = [];
  const miss = (section: SectionId, message: string | Message) => out.push({ section, message });
  if (!m.meetingDetails.chair) miss('meetingDetails', 'The chair is not recorded.');
  if (!m.meetingDetails.minuteTaker) miss('meetingDetails', 'The minute-taker is not recorded.');
  if (!m.statements.confidentialityReadAt) miss('statements', 'The confidentiality statement is not recorded as read.');
  if (!m.statements.equalityReadAt) miss('statements', 'The equality and diversity statement is not recorded as read.');
  if (!m.attendance.some((a) => a.attendance === 'present')) miss('attendance', 'Nobody is recorded as present.');
  const gate = acknowledgementGate(m);
  if (!gate.ok) miss('attendance', gate.message);
  if (!m.nominal.name.trim()) miss('nominal', 'The nominal’s name is missing.');
  if (!m.purpose.reason.trim()) miss('purpose', 'The purpose of the meeting is not recorded.');
  for (const c of m.purpose.carriedItems) for (const p of carriedItemProblems(c)) miss('purpose', p);
  for (const p of m.previousActions) {
    if (!p.outcome) miss('previousActions', `No outcome for the previous action “${p.text}”.`);
    else if (outcomeNeedsNote(p.outcome) && !p.note.trim()) {
      miss('previousActions', `The previous action “${p.text}” was not done but has no note.`);
    }
  }
  const rosh = m.riskAssessment.community;
  if (!Object.values(rosh).some(Boolean)) miss('riskAssessment', 'No RoSH level is recorded for the community.');
  if (!m.riskAssessment.whoIsAtRisk.trim()) miss('riskAssessment', 'Who is at risk is not recorded.');
  m.agencyInformation.forEach((entry, i) => {
    const check = checkMinimumNecessary(
      entry.agency,
      entry.text,
      entry.minimumNecessary ?? emptyMinimumNecessaryAnswers(),
    );
    const who = `${entry.from.trim() || `entry ${i + 1}`} (${entry.source === 'written' ? 'written update' : 'verbal'})`;
    if (!check.complete) {
      miss('agencyInformation', `The information from ${who} has not passed the minimum-necessary check.`);
    }
  });
  m.informationRequests.forEach((r, i) => {
    const problems = informationRequestProblems(r);
    if (problems.length > 0) miss('informationRequests', `${requestName(r, i + 1)}: ${problems[0]}`);
  });
  if (!m.riskAssessment.nature.trim()) miss('riskAssessment', 'The nature of the risk is not recorded.');
  if (!m.disclosure.considered) miss('disclosure', 'Disclosure has not been considered.');
  else if (m.disclosure.decisions.length === 0) {
    miss(
      'disclosure',
      'No disclosure decision is recorded: record “not needed” with its reasons, or a decision to disclose.',
    );
  }
  const context = disclosureContextOf(m, timeZone);
  m.disclosure.decisions.forEach((d, i) => {
    const v = validateDisclosure(d, context);
    if (!v.ok) {
      const problem = v.missing[0]?.message;
      miss('disclosure', msg('minutes.completeness.disclosureIncomplete', { number: i + 1, problem: problem ?? '' }));
    } else if (d.outcome === 'disclose' && !d.reportedToCoordinatorAt) {
      miss('disclosure', `Disclosure decision ${i + 1} has not been reported to the MAPPA coordinator.`);
    }
  });
  for (const pillar of planPillars) {
    const hasAction =
      m.actions.some((a) => a.pillar === pillar) ||
      m.previousActions.some((p) => p.pillar === pillar && p.outcome === 'inProgress');
    if (!hasAction && !m.plan[pillar].noneNeededReason.trim()) {
      miss('plan', `${pillarLabel(pillar)} has neither actions nor a reason why none are needed.`);
    }
  }
  if (!m.plan.contingency.text.trim()) miss('plan', 'There is no contingency plan.');
  m.actions.forEach((a, i) => {
    const name = a.text.trim() ? `“${a.text.trim()}”` : `number ${i + 1}`;
    if (!a.text.trim()) miss('actions', `Action ${name} has no description.`);
    if (!a.owner) miss('actions', `Action ${name} has no owner.`);
    if (!a.dueDate) miss('actions', `Action ${name} has no due date.`);
  });
  const d = m.decisions;
  if (!d.level) miss('decisions', 'No decision on the level of management.');
  else if (!d.levelRationale.trim()) miss('decisions', 'The level decision has no rationale.');
  if (!d.category) miss('decisions', 'No decision on the category.');
  else if (!d.categoryRationale.trim()) miss('decisions', 'The category decision has no rationale.');
  for (const p of decisionProblems(d.level, d.category)) miss('decisions', p);
  if (!m.offenderInvolvement.informed) {
    miss('offenderInvolvement', 'Whether the offender was told of MAPPA management is not recorded.');
  } else if (m.offenderInvolvement.informed === 'no' && !m.offenderInvolvement.reasonNotInformed.trim()) {
    miss('offenderInvolvement', 'The reason the offender was not told is not recorded.');
  }
  for (const a of m.adjournments) {
    const problems = adjournmentProblems(a);
    if (problems.length > 0) miss('nextReview', `${adjournmentName(a)}: ${problems[0]}`);
  }
  // An adjourned meeting still needs its next review: the cadence does not stop for what is awaited.
  if (!d.exitMappa) {
    if (!m.nextReview.date) miss('nextReview', 'The next review date is not set.');
    else if (m.nextReview.date !== m.nextReview.proposedDate && !m.nextReview.changeReason.trim()) {
      miss('nextReview', 'The next review date differs from the cadence but has no reason.');
    }
  }
  for (const p of dateProblems(m, timeZone)) miss(p.section, p.message);
  if (!m.executiveSummary.text.trim()) miss('executiveSummary', 'The executive summary is empty.');
  return out;
}
