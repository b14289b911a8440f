import { caseKind } from '../../core/cases/case.schema';
import { caseDecisionKind } from '../../core/cases/lifecycle/caseHistory.schema';
import {
  furtherOffenceProblems,
  levelPeriods,
  seriousCaseReviewFinding,
  seriousCharges,
  type FurtherOffenceRecord,
  type LevelPeriod,
} from '../../core/cases/lifecycle/seriousFurtherOffence';
import { localDate } from '../../core/shared/dates';
import { err, ok, type Result } from '../../core/shared/result';
import { msg, type Message } from '../../i18n/message';
import { requireAccess } from '../access/caseAccess';
import { audit, keepDecision, refusal, type LifecycleDeps } from './caseDecisions';

/** The case's levels over time, from its kept decisions: what the 28-day look-back reads. */
export async function caseLevelPeriods(deps: LifecycleDeps, caseId: string): Promise<LevelPeriod[]> {
  await requireAccess(deps, caseId, 'changeLevel');
  const [stored, decisions] = await Promise.all([
    deps.storage.collection(caseKind).get(caseId),
    deps.storage.collection(caseDecisionKind).list({ caseId }),
  ]);
  if (!stored) throw refusal(msg('cases.problem.caseNotFound'));
  return levelPeriods(
    decisions.map((d) => d.doc),
    stored.doc,
  );
}

export type FurtherOffenceRecorded = {
  seriousCaseReview: boolean;
  /** The case was already flagged for a Serious Case Review before this record. */
  alreadyFlagged: boolean;
};

/**
 * Records that a person is charged with a further offence, with the rationale and the recorder's
 * confirmation, kept in the case's history (who, when) and audited. Murder, manslaughter, rape or
 * an attempt within 28 days of Level 2 or 3 management sets the mandatory Serious Case Review flag
 * the register shows. An exited case can be recorded too: the 28 days run on after an exit.
 */
export async function recordFurtherOffence(
  deps: LifecycleDeps,
  caseId: string,
  input: FurtherOffenceRecord,
): Promise<Result<FurtherOffenceRecorded, Message[]>> {
  const periods = await caseLevelPeriods(deps, caseId);
  const problems = furtherOffenceProblems(input, localDate(deps.clock.now(), deps.settings.timeZone));
  if (problems.length) return err(problems);
  const cases = deps.storage.collection(caseKind);
  const stored = await cases.get(caseId);
  if (!stored) throw refusal(msg('cases.problem.caseNotFound'));
  const review = seriousCaseReviewFinding(input.charge, input.chargedOn, periods) === 'required';
  const alreadyFlagged = stored.doc.flags.seriousCaseReview;
  if (review && !alreadyFlagged) {
    await cases.update({ ...stored.doc, flags: { ...stored.doc.flags, seriousCaseReview: true } }, stored.version);
  }
  // The history keeps the record in the area's working language, as every other decision's rationale.
  await keepDecision(deps, {
    caseId,
    kind: 'seriousFurtherOffence',
    source: 'register',
    rationale:
      `${seriousCharges[input.charge]} charged on ${input.chargedOn}${review ? '; Serious Case Review required' : ''}. ${input.rationale.trim()}`.slice(
        0,
        2000,
      ),
  });
  // Why, in the coordinator's words, as every other step of a case's life is audited.
  await audit(deps, {
    verb: 'edit',
    subject: { kind: 'case', id: caseId },
    caseId,
    reason: input.rationale.trim().slice(0, 1000),
    detail: {
      step: 'further offence recorded',
      charge: input.charge,
      chargedOn: input.chargedOn,
      seriousCaseReview: review ? 'yes' : 'no',
    },
  });
  return ok({ seriousCaseReview: review, alreadyFlagged });
}
