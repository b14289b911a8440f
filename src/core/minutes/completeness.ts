import { msg, type Message } from '../../i18n/message';
import { checkMinimumNecessary, emptyMinimumNecessaryAnswers } from '../confidentiality/minimumNecessary';
import { validateDisclosure } from '../disclosure/validateDisclosure';
import { outcomeNeedsNote } from './actionReview';
import { adjournmentName, adjournmentProblems, carriedItemProblems } from './adjournment';
import { acknowledgementGate } from './attendance';
import { actionRef, dateProblems } from './dateSense';
import { disclosureContextOf } from './disclosureContext';
import { informationRequestProblems, requestName } from './informationRequests';
import { decisionProblems } from './levelAndCategory';
import type { MinutesContent } from './minutes.schema';
import { planPillars } from './planPillars';
import type { SectionId } from './sections';

export type Missing = { section: SectionId; message: Message };

/** Exactly what finalising still needs, in meeting order. An empty list means the minutes can be signed. */
export function checkCompleteness(m: MinutesContent, timeZone = 'Europe/London'): Missing[] {
  const out: Missing[] = [];
  const miss = (section: SectionId, message: Message) => out.push({ section, message });
  if (!m.meetingDetails.chair) miss('meetingDetails', msg('minutes.problems.noChair'));
  if (!m.meetingDetails.minuteTaker) miss('meetingDetails', msg('minutes.problems.noMinuteTaker'));
  if (!m.statements.confidentialityReadAt) miss('statements', msg('minutes.problems.confidentialityNotRead'));
  if (!m.statements.equalityReadAt) miss('statements', msg('minutes.problems.equalityNotRead'));
  if (!m.attendance.some((a) => a.attendance === 'present')) miss('attendance', msg('minutes.problems.nobodyPresent'));
  const gate = acknowledgementGate(m);
  if (!gate.ok) {
    const names = gate.missing.map((p) => p.name).join(', ');
    miss('attendance', msg('minutes.problems.acknowledgementsNeeded', { names }));
  }
  if (!m.nominal.name.trim()) miss('nominal', msg('minutes.problems.noNominalName'));
  if (!m.purpose.reason.trim()) miss('purpose', msg('minutes.problems.noPurpose'));
  for (const c of m.purpose.carriedItems) for (const p of carriedItemProblems(c)) miss('purpose', p);
  for (const p of m.previousActions) {
    if (!p.outcome) miss('previousActions', msg('minutes.problems.noOutcome', { text: p.text }));
    else if (outcomeNeedsNote(p.outcome) && !p.note.trim()) {
      miss('previousActions', msg('minutes.problems.outcomeWithoutNote', { text: p.text }));
    }
  }
  const rosh = m.riskAssessment.community;
  if (!Object.values(rosh).some(Boolean)) miss('riskAssessment', msg('minutes.problems.noRosh'));
  if (!m.riskAssessment.whoIsAtRisk.trim()) miss('riskAssessment', msg('minutes.problems.noWhoIsAtRisk'));
  m.agencyInformation.forEach((entry, i) => {
    const check = checkMinimumNecessary(
      entry.agency,
      entry.text,
      entry.minimumNecessary ?? emptyMinimumNecessaryAnswers(),
    );
    if (!check.complete) {
      const from = entry.from.trim();
      miss(
        'agencyInformation',
        msg('minutes.problems.agencyInformationUnchecked', {
          named: from ? 'yes' : 'no',
          from,
          number: i + 1,
          source: entry.source,
        }),
      );
    }
  });
  m.informationRequests.forEach((r, i) => {
    const problems = informationRequestProblems(r);
    if (problems[0]) {
      miss('informationRequests', msg('minutes.problems.named', { name: requestName(r, i + 1), problem: problems[0] }));
    }
  });
  if (!m.riskAssessment.nature.trim()) miss('riskAssessment', msg('minutes.problems.noNature'));
  if (!m.disclosure.considered) miss('disclosure', msg('minutes.problems.disclosureNotConsidered'));
  else if (m.disclosure.decisions.length === 0) {
    miss('disclosure', msg('minutes.problems.noDisclosureDecision'));
  }
  const context = disclosureContextOf(m, timeZone);
  m.disclosure.decisions.forEach((d, i) => {
    const v = validateDisclosure(d, context);
    if (!v.ok) {
      const problem = v.missing[0]?.message;
      miss('disclosure', msg('minutes.completeness.disclosureIncomplete', { number: i + 1, problem: problem ?? '' }));
    } else if (d.outcome === 'disclose' && !d.reportedToCoordinatorAt) {
      miss('disclosure', msg('minutes.problems.disclosureNotReported', { number: i + 1 }));
    }
  });
  for (const pillar of planPillars) {
    const hasAction =
      m.actions.some((a) => a.pillar === pillar) ||
      m.previousActions.some((p) => p.pillar === pillar && p.outcome === 'inProgress');
    if (!hasAction && !m.plan[pillar].noneNeededReason.trim()) {
      miss('plan', msg('minutes.problems.pillarWithoutActions', { pillar: msg(`sections.pillar.${pillar}`) }));
    }
  }
  if (!m.plan.contingency.text.trim()) miss('plan', msg('minutes.problems.noContingency'));
  m.actions.forEach((a, i) => {
    const ref = actionRef(a, i);
    if (!a.text.trim()) miss('actions', msg('minutes.problems.actionNoDescription', { number: i + 1 }));
    if (!a.owner) miss('actions', msg('minutes.problems.actionNoOwner', ref));
    if (!a.dueDate) miss('actions', msg('minutes.problems.actionNoDueDate', ref));
  });
  const d = m.decisions;
  if (!d.level) miss('decisions', msg('minutes.problems.noLevel'));
  else if (!d.levelRationale.trim()) miss('decisions', msg('minutes.problems.noLevelRationale'));
  if (!d.category) miss('decisions', msg('minutes.problems.noCategory'));
  else if (!d.categoryRationale.trim()) miss('decisions', msg('minutes.problems.noCategoryRationale'));
  for (const p of decisionProblems(d.level, d.category)) miss('decisions', p);
  if (!m.offenderInvolvement.informed) {
    miss('offenderInvolvement', msg('minutes.problems.offenderInformedNotRecorded'));
  } else if (m.offenderInvolvement.informed === 'no' && !m.offenderInvolvement.reasonNotInformed.trim()) {
    miss('offenderInvolvement', msg('minutes.problems.noReasonNotInformed'));
  }
  for (const a of m.adjournments) {
    const problems = adjournmentProblems(a);
    if (problems[0]) {
      miss('nextReview', msg('minutes.problems.named', { name: adjournmentName(a), problem: problems[0] }));
    }
  }
  // An adjourned meeting still needs its next review: the cadence does not stop for what is awaited.
  if (!d.exitMappa) {
    if (!m.nextReview.date) miss('nextReview', msg('minutes.problems.noNextReview'));
    else if (m.nextReview.date !== m.nextReview.proposedDate && !m.nextReview.changeReason.trim()) {
      miss('nextReview', msg('minutes.problems.nextReviewNoReason'));
    }
  }
  for (const p of dateProblems(m, timeZone)) miss(p.section, p.message);
  if (!m.executiveSummary.text.trim()) miss('executiveSummary', msg('minutes.problems.noExecutiveSummary'));
  return out;
}
