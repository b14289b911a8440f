import type { Person } from '../../core/people/agency';
import {
  screeningKind,
  screeningOutcome,
  screeningProblems,
  ScreeningSchema,
  type Screening,
  type ScreeningAnswers,
} from '../../core/cases/lifecycle/screening';
import { err, ok, type Result } from '../../core/shared/result';
import type { Message } from '../../i18n/message';
import { audit, issueMessages, type LifecycleDeps } from './caseDecisions';

/** The screening schema's own words for what is left out, said in the reader's language. */
const screeningIssues = {
  'Enter the person’s name': 'cases.problem.subjectName',
  'Give the rationale for the outcome': 'cases.problem.outcomeRationale',
} as const;

export type ScreeningInput = {
  caseId?: string;
  subject: Screening['subject'];
  answers: ScreeningAnswers;
  rationale: string;
  lineManager?: Person;
  agreed?: boolean;
  disagreementReason?: string;
};

/**
 * Records a MAPPA Q screening: the answers in the guidance's order, the outcome they give and the
 * line manager's endorsement. Only the screening record is kept: for a person who is not a MAPPA
 * nominal nothing else is written (no case, no referral); for the others the next step (identify
 * at Level 1, refer for Level 2 or 3) is the screener's to take.
 */
export async function recordScreening(
  deps: LifecycleDeps,
  input: ScreeningInput,
): Promise<Result<Screening, Message[]>> {
  const problems = screeningProblems({ ...input, screenedBy: deps.me });
  const outcome = screeningOutcome(input.answers);
  if (problems.length || !outcome.ok) return err(problems);
  const at = deps.clock.now().toISOString();
  const parsed = ScreeningSchema.safeParse({
    id: deps.ids.newId('scr'),
    area: deps.settings.areaName,
    ...(input.caseId ? { caseId: input.caseId } : {}),
    // Only what the screening record needs of the person: never an address, aliases or other identifiers.
    subject: {
      name: input.subject.name,
      dateOfBirth: input.subject.dateOfBirth,
      ...(input.subject.agencyRef?.trim() ? { agencyRef: input.subject.agencyRef.trim() } : {}),
    },
    answers: input.answers,
    outcome: outcome.value,
    rationale: input.rationale,
    screenedBy: deps.me,
    screenedAt: at,
    endorsement: {
      lineManager: input.lineManager,
      agreed: input.agreed,
      ...(input.agreed === false ? { reason: input.disagreementReason } : {}),
      at,
    },
  });
  if (!parsed.success) return err(issueMessages(parsed.error.issues, screeningIssues));
  const stored = await deps.storage.collection(screeningKind).create(parsed.data);
  await audit(deps, {
    verb: 'create',
    subject: { kind: 'screening', id: stored.doc.id },
    ...(input.caseId ? { caseId: input.caseId } : {}),
    reason: 'MAPPA Q screening',
    detail: { outcome: String(outcome.value), endorsed: input.agreed ? 'yes' : 'no' },
  });
  return ok(stored.doc);
}
