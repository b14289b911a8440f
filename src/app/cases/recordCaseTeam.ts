import { caseKind, type Case, type CaseMember } from '../../core/cases/case.schema';
import { caseTeamDifference, caseTeamProblems } from '../../core/cases/lifecycle/caseTeam';
import { seriesKind, type PanelSeries } from '../../core/panels/series.schema';
import type { Person } from '../../core/people/agency';
import type { Stored } from '../../core/ports';
import { err, ok, type Result } from '../../core/shared/result';
import { msg, type Message } from '../../i18n/message';
import { requireAccess } from '../access/caseAccess';
import { updateSeriesInvitations, type InvitationsOutcome } from '../scheduling/seriesInvitations';
import type { Services } from '../services';
import { audit, keepDecision, refusal, type LifecycleDeps } from './caseDecisions';

export type CaseTeamInput = { chair?: Person | undefined; members: readonly CaseMember[]; rationale: string };

export type CaseTeamRecorded = {
  case: Case;
  /** The live panel series now names the same chair and members (its future invitations and its access). */
  seriesUpdated: boolean;
  /** Whether the invitations already in calendars follow the live series; absent without one. */
  invitations?: InvitationsOutcome;
};

/**
 * Sets a case's chair (from the area's eligible chairs for its level) and its panel members by
 * agency, with the rationale, kept in the case's history and audited. The case record and its live
 * series are what the access policy reads and what SharePoint's case-folder sharing follows (the
 * Graph store re-shares a case's folder whenever either changes the people it names), and what the
 * next series or urgent meeting invites; so a person removed here loses the case, and one added
 * gains it. The live series' invitations already in calendars are changed to match; should the
 * calendar refuse, the change to the case stands and the outcome says so. The coordinators alone
 * set them (the policy's `schedule`).
 */
export async function recordCaseTeam(
  deps: LifecycleDeps & Pick<Services, 'scheduling'>,
  caseId: string,
  input: CaseTeamInput,
): Promise<Result<CaseTeamRecorded, Message[]>> {
  await requireAccess(deps, caseId, 'schedule');
  const cases = deps.storage.collection(caseKind);
  const stored = await cases.get(caseId);
  if (!stored) throw refusal(msg('cases.problem.caseNotFound'));
  const problems = caseTeamProblems(stored.doc, input, deps.settings.chairs);
  if (problems.length) return err(problems);

  const difference = caseTeamDifference(stored.doc, input);
  const { chair: _before, ...rest } = stored.doc;
  const updated = (
    await cases.update(
      { ...rest, ...(input.chair ? { chair: input.chair } : {}), members: [...input.members] },
      stored.version,
    )
  ).doc;

  const live = (await deps.storage.collection(seriesKind).list({ caseId })).find((s) => s.doc.status !== 'ended');
  let liveSaved: Stored<PanelSeries> | undefined;
  if (live) {
    liveSaved = await deps.storage.collection(seriesKind).update(
      {
        ...live.doc,
        ...(input.chair ? { chair: input.chair } : {}),
        members: input.members.map((m) => m.person),
      },
      live.version,
    );
  }

  const rationale = input.rationale.trim();
  await keepDecision(deps, { caseId, kind: 'teamChanged', source: 'register', rationale: rationale.slice(0, 2000) });
  // Why in the coordinator's words; what as counts and the chair's name: people's names, no case content.
  await audit(deps, {
    verb: 'edit',
    subject: { kind: 'case', id: caseId },
    caseId,
    reason: rationale.slice(0, 1000),
    detail: {
      step: 'chair and members changed',
      ...(difference.chair ? { chair: difference.chair.to?.name ?? 'none' } : {}),
      added: String(difference.added.length),
      removed: String(difference.removed.length),
    },
  });
  // The calendar last, once the change is kept: its answer never undoes the change.
  const invitations = liveSaved ? await updateSeriesInvitations(deps, liveSaved.doc) : undefined;
  return ok({ case: updated, seriesUpdated: live !== undefined, ...(invitations ? { invitations } : {}) });
}
