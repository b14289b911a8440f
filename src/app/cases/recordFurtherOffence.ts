import { caseKind } from '../../core/cases/case.schema';
import { caseDecisionKind } from '../../core/cases/lifecycle/caseHistory.schema';
import {
  levelPeriods,
  requiresSeriousCaseReview,
  seriousCharges,
  type Charge,
} from '../../core/cases/lifecycle/seriousFurtherOffence';
import type { IsoDate } from '../../core/shared/dates';
import { RefusedError } from '../../core/shared/errors';
import { requireAccess } from '../access/caseAccess';
import { audit, keepDecision, type LifecycleDeps } from './caseDecisions';

/**
 * Records that a person is charged with a further offence. Murder, manslaughter, rape or an attempt
 * within 28 days of Level 2 or 3 management sets the mandatory Serious Case Review flag on the case.
 */
export async function recordFurtherOffence(
  deps: LifecycleDeps,
  caseId: string,
  input: { charge: Charge; chargedOn: IsoDate; note: string },
): Promise<{ seriousCaseReview: boolean }> {
  await requireAccess(deps, caseId, 'changeLevel');
  const cases = deps.storage.collection(caseKind);
  const stored = await cases.get(caseId);
  if (!stored) throw new RefusedError('The case was not found.');
  const decisions = (await deps.storage.collection(caseDecisionKind).list({ caseId })).map((d) => d.doc);
  const review = requiresSeriousCaseReview(input.charge, input.chargedOn, levelPeriods(decisions, stored.doc));
  if (review && !stored.doc.flags.seriousCaseReview) {
    await cases.update({ ...stored.doc, flags: { ...stored.doc.flags, seriousCaseReview: true } }, stored.version);
  }
  await keepDecision(deps, {
    caseId,
    kind: 'seriousFurtherOffence',
    source: 'register',
    rationale:
      `${seriousCharges[input.charge]} charged on ${input.chargedOn}${review ? '; Serious Case Review required' : ''}. ${input.note}`
        .trim()
        .slice(0, 2000),
  });
  await audit(deps, {
    verb: 'edit',
    subject: { kind: 'case', id: caseId },
    caseId,
    reason: 'Further offence recorded',
    detail: { charge: input.charge, chargedOn: input.chargedOn, seriousCaseReview: review ? 'yes' : 'no' },
  });
  return { seriousCaseReview: review };
}
