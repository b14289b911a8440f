import { caseKind, type Case, type Category, type Level } from '../../core/cases/case.schema';
import { eligibleChairs, allocateChair } from '../../core/cases/lifecycle/chairs';
import { exitDueDate } from '../../core/cases/lifecycle/exitDate';
import { categoryChangeProblems, exitProblems, planLevelChange } from '../../core/cases/lifecycle/levelChange';
import { samePerson } from '../../core/access/policy';
import { seriesKind } from '../../core/panels/series.schema';
import type { Stored } from '../../core/ports';
import { localDate, type IsoDate } from '../../core/shared/dates';
import { err, ok, type Result } from '../../core/shared/result';
import { msg, type Message } from '../../i18n/message';
import { requireAccess } from '../access/caseAccess';
import type { Services } from '../services';
import { changeLevel, endSeries, exitMappa, scheduleSeries, type ScheduleOutcome } from '../scheduling/scheduleSeries';
import { audit, keepDecision, refusal, type LifecycleDeps } from './caseDecisions';
import { panelSeriesFor, projectedMeetingsFor, proposedFirstPanel } from './panelSeriesFor';

type Deps = LifecycleDeps & Pick<Services, 'scheduling' | 'bankHolidays'>;
type Source = 'register' | 'minutes';

async function theCase(deps: LifecycleDeps, caseId: string): Promise<Stored<Case>> {
  const stored = await deps.storage.collection(caseKind).get(caseId);
  if (!stored) throw refusal(msg('cases.problem.caseNotFound'));
  return stored;
}

export type LevelChangeInput = {
  to: Level;
  rationale: string;
  /** Ending the meetings (Level 1) needs the coordinator's confirmation. */
  confirmed: boolean;
  /** The last meeting held at the old level; the series ends after it. Today when not given. */
  lastHeld?: IsoDate;
  /** The first meeting at the new level; proposed when not given. */
  firstMeetingDate?: IsoDate;
  source?: Source;
  minutes?: { meetingId: string; version: number };
};

export type LevelChanged = { case: Case; schedule?: ScheduleOutcome };

/**
 * Changes a case's level, with its rationale, kept in its history and audited: Level 1 ends the
 * series (its meetings' history kept), going up from Level 1 starts one, and a move between Levels 2
 * and 3 ends the old series and starts one at the new cadence, all through the scheduling use cases.
 * The chair stays when eligible for the new level, else the area's eligible chair is allocated.
 */
export async function recordCaseLevel(
  deps: Deps,
  caseId: string,
  input: LevelChangeInput,
): Promise<Result<LevelChanged, Message[]>> {
  await requireAccess(deps, caseId, 'changeLevel');
  const stored = await theCase(deps, caseId);
  const plan = planLevelChange(stored.doc, input.to, input.rationale);
  if (!plan.ok) return plan;
  if (plan.value.needsConfirmation && !input.confirmed) {
    return err([msg('cases.problem.confirmLevel1')]);
  }
  const today = localDate(deps.clock.now(), deps.settings.timeZone);
  const lastHeld = input.lastHeld ?? today;
  const all = await deps.storage.collection(caseKind).list();
  const keepsChair =
    stored.doc.chair && eligibleChairs(deps.settings.chairs, input.to).some((c) => samePerson(c, stored.doc.chair!));
  const chair =
    input.to === 1
      ? stored.doc.chair
      : keepsChair
        ? stored.doc.chair
        : (allocateChair(
            deps.settings.chairs,
            input.to,
            all.map((s) => s.doc),
          ) ?? stored.doc.chair);
  const updated = (
    await deps.storage
      .collection(caseKind)
      .update({ ...stored.doc, level: input.to, ...(chair ? { chair } : {}) }, stored.version)
  ).doc;

  const caseSeries = await deps.storage.collection(seriesKind).list({ caseId });
  const live = caseSeries.find((s) => s.doc.status !== 'ended');
  let schedule: ScheduleOutcome | undefined;
  const reason = `Level changed to Level ${input.to}`;
  if (input.to === 1) {
    if (live) await endSeries(deps, live, lastHeld, 'Managed at Level 1 from now on');
  } else {
    const next = panelSeriesFor(deps, updated, input.to, input.firstMeetingDate ?? proposedFirstPanel(today));
    if (next) {
      const meetings = await projectedMeetingsFor(deps, next);
      schedule = live
        ? await changeLevel(deps, live, lastHeld, next, meetings)
        : await scheduleSeries(deps, next, meetings, caseSeries);
    }
  }
  await keepDecision(deps, {
    caseId,
    kind: 'levelChanged',
    source: input.source ?? 'register',
    level: { from: plan.value.from, to: input.to },
    ...(input.minutes ? { minutes: input.minutes } : {}),
    rationale: input.rationale.trim(),
  });
  await audit(deps, {
    verb: 'changeLevel',
    subject: { kind: 'case', id: caseId },
    caseId,
    reason: input.rationale.trim(),
    detail: { from: String(plan.value.from), to: String(input.to), source: input.source ?? 'register', series: reason },
  });
  return ok({ case: updated, ...(schedule ? { schedule } : {}) });
}

/** Changes a case's category with its rationale; the exit date follows the new category. */
export async function recordCaseCategory(
  deps: LifecycleDeps,
  caseId: string,
  input: { to: Category; rationale: string; source?: Source; minutes?: { meetingId: string; version: number } },
): Promise<Result<Case, Message[]>> {
  await requireAccess(deps, caseId, 'changeLevel');
  const stored = await theCase(deps, caseId);
  const problems = categoryChangeProblems(stored.doc, input.to, input.rationale);
  if (problems.length) return err(problems);
  const { exitDue: _old, ...rest } = stored.doc;
  const next: Case = { ...rest, category: input.to };
  const exitDue = exitDueDate(next);
  const updated = (
    await deps.storage.collection(caseKind).update(exitDue ? { ...next, exitDue } : next, stored.version)
  ).doc;
  await keepDecision(deps, {
    caseId,
    kind: 'categoryChanged',
    source: input.source ?? 'register',
    category: { from: stored.doc.category, to: input.to },
    ...(input.minutes ? { minutes: input.minutes } : {}),
    rationale: input.rationale.trim(),
  });
  await audit(deps, {
    verb: 'changeCategory',
    subject: { kind: 'case', id: caseId },
    caseId,
    reason: input.rationale.trim(),
    detail: { from: String(stored.doc.category), to: String(input.to), source: input.source ?? 'register' },
  });
  return ok(updated);
}

/**
 * Exit from MAPPA, with its rationale and the coordinator's confirmation: the series ends after the
 * last meeting held (history kept) and the case is marked exited, staying on the register as such.
 */
export async function exitCase(
  deps: Deps,
  caseId: string,
  input: {
    rationale: string;
    confirmed: boolean;
    lastHeld?: IsoDate;
    source?: Source;
    minutes?: { meetingId: string; version: number };
  },
): Promise<Result<Case, Message[]>> {
  await requireAccess(deps, caseId, 'exit');
  const stored = await theCase(deps, caseId);
  const problems = exitProblems(stored.doc, input.rationale, input.confirmed, input.source ?? 'register');
  if (problems.length) return err(problems);
  const now = deps.clock.now();
  const caseSeries = await deps.storage.collection(seriesKind).list({ caseId });
  const live = caseSeries.find((s) => s.doc.status !== 'ended');
  // exitMappa ends the series and writes the one audit line of the exit, with the rationale.
  await exitMappa(deps, live, caseId, input.lastHeld ?? localDate(now, deps.settings.timeZone), input.rationale.trim());
  const after = await theCase(deps, caseId);
  const exited = (
    await deps.storage
      .collection(caseKind)
      .update({ ...after.doc, status: 'exited', exitedAt: now.toISOString() }, after.version)
  ).doc;
  await keepDecision(deps, {
    caseId,
    kind: 'exited',
    source: input.source ?? 'register',
    ...(input.minutes ? { minutes: input.minutes } : {}),
    rationale: input.rationale.trim(),
  });
  return ok(exited);
}
